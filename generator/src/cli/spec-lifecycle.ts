import { applyLifecycle, parseDay } from "../lifecycle/status.js";
import { UserError } from "../errors.js";
import { readLock } from "../spec/lock.js";
import { findRepoRoot } from "../spec/repo-root.js";
import { writeLock } from "../spec/write-lock.js";
import { parseCommandArgs } from "./parse-args.js";

export async function run(args: string[]): Promise<number> {
  const { values } = parseCommandArgs("spec lifecycle", args, {
    today: { type: "string" },
    check: { type: "boolean" },
  });
  if (typeof values.today !== "string") {
    throw new UserError(
      "spec lifecycle: --today YYYY-MM-DD is required (statuses never follow the wall clock)",
    );
  }
  const root = findRepoRoot();
  const { lock, changes } = applyLifecycle(await readLock(root), parseDay(values.today, "--today"));
  for (const change of changes) {
    process.stdout.write(`${change.revision}: ${change.from} -> ${change.to}\n`);
  }
  if (changes.length === 0) {
    process.stdout.write(`spec lifecycle: every status already matches ${values.today}\n`);
    return 0;
  }
  if (values.check) return 1;
  await writeLock(root, lock);
  process.stdout.write(
    `spec lifecycle: updated ${changes.length} status(es) in spec/revisions.json\n`,
  );
  return 0;
}
