import { UserError } from "../errors.js";

export interface GenerateArgs {
  revisions: string[];
  all: boolean;
  check: boolean;
  out?: string;
}

const usage = "usage: klaviyo-gen generate [revision...] [--all] [--check] [--out DIR]";

export function parseGenerateArgs(args: readonly string[]): GenerateArgs {
  const parsed: GenerateArgs = { revisions: [], all: false, check: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--all") parsed.all = true;
    else if (arg === "--check") parsed.check = true;
    else if (arg === "--out") {
      const value = args[++i];
      if (!value || value.startsWith("--")) throw new UserError(`--out needs a folder; ${usage}`);
      parsed.out = value;
    } else if (arg.startsWith("--")) throw new UserError(`unknown option ${arg}; ${usage}`);
    else if (/^\d{4}-\d{2}-\d{2}$/.test(arg)) parsed.revisions.push(arg);
    else throw new UserError(`"${arg}" is not a revision (YYYY-MM-DD); ${usage}`);
  }
  if (parsed.all && parsed.revisions.length > 0)
    throw new UserError(`give revisions or --all, not both; ${usage}`);
  if (!parsed.all && parsed.revisions.length === 0) throw new UserError(`which revision? ${usage}`);
  return parsed;
}
