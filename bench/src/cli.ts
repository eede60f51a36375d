/**
 * `pnpm bench [-- name...] [--quick]`: runs the named benchmarks (all by default),
 * prints their table and records them in bench/results.json and bench/RESULTS.md.
 */
import { parseArgs } from "node:util";
import { benchmarks } from "./benchmarks/index.js";
import type { BenchOptions } from "./benchmarks/benchmark.js";
import { describeMachine } from "./lib/machine.js";
import { NotBuiltError } from "./lib/workspace.js";
import { describeMachineLine, resultsTable } from "./report/format.js";
import { saveResults } from "./report/results-file.js";
import type { BenchmarkResult, Row } from "./report/row.js";

const { values, positionals } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: {
    quick: { type: "boolean", default: false },
    list: { type: "boolean", default: false },
  },
  allowPositionals: true,
});

if (values.list) {
  for (const b of benchmarks) console.log(`${b.name.padEnd(18)} ${b.description}`);
  process.exit(0);
}

const unknown = positionals.filter((name) => !benchmarks.some((b) => b.name === name));
if (unknown.length > 0) {
  console.error(`unknown benchmark: ${unknown.join(", ")}; try --list`);
  process.exit(2);
}

const options: BenchOptions = { quick: values.quick };
const selected =
  positionals.length > 0 ? benchmarks.filter((b) => positionals.includes(b.name)) : benchmarks;
const machine = describeMachine();
console.log(`machine: ${describeMachineLine(machine)}`);

function unavailable(error: unknown): Row[] {
  const reason =
    error instanceof NotBuiltError
      ? `n/a (package not built: ${error.packages.join(", ")})`
      : `n/a (failed: ${(error as Error).message.split("\n")[0]})`;
  return [{ figure: "—", unit: "ms", ours: reason }];
}

const results: BenchmarkResult[] = [];
for (const benchmark of selected) {
  console.log(`running ${benchmark.name}: ${benchmark.description}`);
  let rows: Row[];
  try {
    rows = await benchmark.run(options);
  } catch (error) {
    if (!(error instanceof NotBuiltError)) console.error(error);
    rows = unavailable(error);
  }
  results.push({ name: benchmark.name, date: new Date().toISOString(), rows });
}

console.log(`\n${resultsTable(results)}\n`);
await saveResults(
  results,
  machine,
  benchmarks.map((b) => b.name),
);
