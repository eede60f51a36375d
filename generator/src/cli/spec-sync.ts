import { readLock } from "../spec/lock.js";
import { findRepoRoot } from "../spec/repo-root.js";
import { describeSource, resolveSpecSource } from "../spec/spec-source.js";
import { syncSpecs } from "../spec/sync.js";
import { parseCommandArgs } from "./parse-args.js";

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs("spec sync", args, {
    from: { type: "string" },
    quiet: { type: "boolean", short: "q" },
  });
  const root = findRepoRoot();
  const lock = await readLock(root);
  const source = resolveSpecSource({ root, from: values.from as string | undefined });
  const results = await syncSpecs({ root, lock, revisions: positionals, source });
  const written = results.filter((r) => r.outcome === "written").length;
  if (!values.quiet) {
    for (const r of results.filter((r) => r.outcome === "written")) {
      process.stdout.write(`wrote spec/${r.revision}/${r.file}\n`);
    }
  }
  process.stdout.write(
    `spec sync: ${written} written, ${results.length - written} already verified (from ${describeSource(source)})\n`,
  );
  return 0;
}
