import { readLock } from "../spec/lock.js";
import { findRepoRoot } from "../spec/repo-root.js";
import { verifySpecs } from "../spec/verify.js";
import { parseCommandArgs } from "./parse-args.js";

export async function run(args: string[]): Promise<number> {
  const { positionals } = parseCommandArgs("spec verify", args, {});
  const root = findRepoRoot();
  const lock = await readLock(root);
  const checked = await verifySpecs({ root, lock, revisions: positionals });
  process.stdout.write(`spec verify: ${checked} files match the lock\n`);
  return 0;
}
