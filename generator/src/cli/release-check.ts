import { findRepoRoot } from "../spec/repo-root.js";
import { kb } from "../release/checks/size-budget.js";
import { publishablePackages } from "../release/publishable-packages.js";
import { releaseCheck } from "../release/release-check.js";
import { parseCommandArgs } from "./parse-args.js";

export async function run(args: string[]): Promise<number> {
  const { positionals } = parseCommandArgs("release check", args, {});
  const all = await publishablePackages(findRepoRoot());
  const chosen = positionals.length ? all.filter((pkg) => positionals.includes(pkg.name)) : all;
  const reports = await releaseCheck(chosen);
  let failed = 0;
  for (const report of reports) {
    const status = report.problems.length ? "FAIL" : "ok";
    process.stdout.write(
      `${status.padEnd(4)} ${report.name}: packed ${kb(report.packedBytes)}, unpacked ${kb(report.unpackedBytes)}, ${report.files} files\n`,
    );
    for (const problem of report.problems) process.stdout.write(`       ${problem}\n`);
    if (report.problems.length) failed++;
  }
  process.stdout.write(`release-check: ${reports.length - failed} passed, ${failed} failed\n`);
  return failed ? 1 : 0;
}
