import { execFileSync } from "node:child_process";
import { plannedDeprecations } from "../release/deprecate-retired.js";
import { readLock } from "../spec/lock.js";
import { findRepoRoot } from "../spec/repo-root.js";
import { parseCommandArgs } from "./parse-args.js";

export async function run(args: string[]): Promise<number> {
  const { values } = parseCommandArgs("release deprecate-retired", args, {
    "dry-run": { type: "boolean" },
  });
  const root = findRepoRoot();
  const deprecations = plannedDeprecations(root, await readLock(root));
  for (const { name, message } of deprecations) {
    process.stdout.write(`deprecate ${name}: ${message}\n`);
    if (!values["dry-run"]) execFileSync("npm", ["deprecate", name, message], { stdio: "inherit" });
  }
  if (deprecations.length === 0)
    process.stdout.write("release deprecate-retired: no retired package to deprecate\n");
  return 0;
}
