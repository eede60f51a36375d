export type Unit = "KB" | "MB" | "ms" | "s" | "req/s" | "files" | "deps" | "%" | "429s" | "µs";

/** A measured value, or why there is none ("n/a (package not built)"). */
export type Value = number | string;

/** One figure of the results table. */
export interface Row {
  figure: string;
  unit: Unit;
  ours?: Value;
  official?: Value;
  baseline?: Value;
  /** what the baseline column holds for this figure, e.g. "bare fetch" */
  baselineName?: string;
  /** ours divided by `ratio.of`'s value, from the same run */
  ratio?: { value: number; of: "official" | "baseline" };
  /** the target, with the issue that set it, e.g. "<= 12 KB (#3)" */
  goal?: string;
  /** whether ours meets the goal; undefined when there is no goal or no measurement */
  met?: boolean;
}

export interface BenchmarkResult {
  name: string;
  /** ISO date-time the benchmark finished */
  date: string;
  rows: Row[];
}
