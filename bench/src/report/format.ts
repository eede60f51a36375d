import type { Machine } from "../lib/machine.js";
import type { BenchmarkResult, Row, Unit, Value } from "./row.js";

const decimals: Record<Unit, number> = {
  KB: 1,
  MB: 1,
  ms: 0,
  s: 1,
  "req/s": 0,
  files: 0,
  deps: 0,
  "%": 1,
  "429s": 0,
  µs: 1,
};

export function formatValue(value: Value | undefined, unit: Unit): string {
  if (value === undefined) return "—";
  if (typeof value === "string") return value;
  const digits = value !== 0 && Math.abs(value) < 10 && unit === "ms" ? 1 : decimals[unit];
  const number = value.toLocaleString("en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return `${number} ${unit}`;
}

function formatRatio(row: Row): string {
  if (!row.ratio) return "—";
  // A missed goal shows a third digit, so that 0.604x does not print as the 0.60x it missed.
  const digits = row.ratio.value < 0.1 || row.met === false ? 3 : 2;
  return `${row.ratio.value.toFixed(digits)}x ${row.ratio.of}`;
}

function formatMet(row: Row): string {
  if (row.met === undefined) return "";
  return row.met ? "yes" : "NO";
}

const header = ["benchmark", "figure", "ours", "official", "baseline", "ratio", "goal", "met"];

function cells(benchmark: string, row: Row): string[] {
  const baseline = formatValue(row.baseline, row.unit);
  return [
    benchmark,
    row.figure,
    formatValue(row.ours, row.unit),
    formatValue(row.official, row.unit),
    row.baselineName && row.baseline !== undefined ? `${baseline} (${row.baselineName})` : baseline,
    formatRatio(row),
    row.goal ?? "—",
    formatMet(row),
  ];
}

/** A Markdown table of every row of every result, in the order given. */
export function resultsTable(results: readonly BenchmarkResult[]): string {
  const lines = [header, header.map(() => "---")];
  for (const result of results) {
    for (const row of result.rows) lines.push(cells(result.name, row));
  }
  return lines
    .map((cols) => `| ${cols.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`)
    .join("\n");
}

export function describeMachineLine(machine: Machine): string {
  return `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.platform}`;
}
