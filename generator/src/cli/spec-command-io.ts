import { UserError } from "../errors.js";

/** Where `spec add` / `spec update` run and report, so tests can point them at a temp repository. */
export interface SpecCommandIo {
  cwd: string;
  write(text: string): void;
}

export const processIo: SpecCommandIo = {
  cwd: process.cwd(),
  write: (text) => process.stdout.write(text),
};

export function assertCommit(commit: unknown): string | undefined {
  if (commit === undefined) return undefined;
  if (typeof commit !== "string" || !/^[0-9a-f]{40}$/.test(commit)) {
    throw new UserError(`--commit "${String(commit)}" is not a 40-hex-digit commit`);
  }
  return commit;
}
