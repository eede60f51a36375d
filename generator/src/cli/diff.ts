import { UserError } from "../errors.js";
import { classify } from "../diff/classify.js";
import { diffSpecs } from "../diff/diff-specs.js";
import { loadRevisionSpec } from "../diff/load-spec.js";
import { renderJson, renderMarkdown } from "../diff/render.js";
import { readLock } from "../spec/lock.js";
import { findRepoRoot } from "../spec/repo-root.js";
import { parseCommandArgs } from "./parse-args.js";

const USAGE = "usage: klaviyo-gen diff <revA> <revB> [--json]";

export interface DiffIo {
  cwd: string;
  write(text: string): void;
}

const processIo: DiffIo = {
  cwd: process.cwd(),
  write: (text) => {
    // A reader that stops early (`klaviyo-gen diff a b | head`) is not a failure of the diff.
    process.stdout.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") return;
      process.stderr.write(`klaviyo-gen: cannot write the diff: ${error.message}\n`);
      process.exitCode = 1;
    });
    process.stdout.write(text);
  },
};

/** `klaviyo-gen diff <revA> <revB> [--json]`: what changed in the API from revA to revB. */
export async function run(args: string[], io: DiffIo = processIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("diff", args, { json: { type: "boolean" } });
  const [from, to] = positionals;
  if (from === undefined || to === undefined || positionals.length > 2) {
    throw new UserError(`expected two revisions; ${USAGE}`);
  }
  const root = findRepoRoot(io.cwd);
  const lock = await readLock(root);
  const [before, after] = await Promise.all([
    loadRevisionSpec(root, lock, from),
    loadRevisionSpec(root, lock, to),
  ]);
  const diff = diffSpecs(before, after, { from, to });
  const classification = classify(diff);
  io.write(values.json ? renderJson(diff, classification) : renderMarkdown(diff, classification));
  return 0;
}
