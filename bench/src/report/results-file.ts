import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { format, resolveConfig } from "prettier";
import type { Machine } from "../lib/machine.js";
import { benchDir } from "../lib/workspace.js";
import { describeMachineLine, resultsTable } from "./format.js";
import type { BenchmarkResult } from "./row.js";

interface StoredResult extends BenchmarkResult {
  machine: Machine;
}

/** Every benchmark's latest result, so running one benchmark keeps the others' figures. */
interface ResultsStore {
  results: Record<string, StoredResult>;
}

const storePath = join(benchDir, "results.json");
const markdownPath = join(benchDir, "RESULTS.md");

function readStore(): ResultsStore {
  if (!existsSync(storePath)) return { results: {} };
  return JSON.parse(readFileSync(storePath, "utf8")) as ResultsStore;
}

export function renderMarkdown(results: readonly StoredResult[]): string {
  const runs = results.map(
    (r) =>
      `- \`${r.name}\`: ${r.date.replace("T", " ").slice(0, 16)} UTC on ${describeMachineLine(r.machine)}`,
  );
  return [
    "# Benchmark results",
    "",
    "Written by `pnpm bench` (one benchmark: `pnpm bench -- <name>`); do not edit by hand.",
    "Ratios compare figures measured in the same run; times are medians of repeated runs. Request rates",
    "and type-check times alternate the sides in rounds; their ratio is the median of the per-round ratios.",
    "",
    resultsTable(results),
    "",
    "## When and where each benchmark ran",
    "",
    ...runs,
    "",
  ].join("\n");
}

/** Writes a file formatted as the repository's prettier config says, so `pnpm lint` stays green. */
async function writeFormatted(path: string, text: string) {
  const options = (await resolveConfig(path)) ?? {};
  writeFileSync(path, await format(text, { ...options, filepath: path }));
}

/** Records fresh results next to the stored ones and rewrites RESULTS.md from all of them. */
export async function saveResults(
  fresh: readonly BenchmarkResult[],
  machine: Machine,
  order: readonly string[],
) {
  const store = readStore();
  for (const result of fresh) store.results[result.name] = { ...result, machine };
  await writeFormatted(storePath, JSON.stringify(store, null, 2));
  const ordered = order.flatMap((name) => (store.results[name] ? [store.results[name]] : []));
  await writeFormatted(markdownPath, renderMarkdown(ordered));
}
