import type { Row } from "../report/row.js";

export interface BenchOptions {
  /** length of the rate-limit steady window in seconds (Klaviyo's: 60) */
  windowSeconds: number;
  /** fewer repetitions and smaller workloads, for checking the harness itself */
  quick: boolean;
}

export interface Benchmark {
  name: string;
  /** what it measures, one line */
  description: string;
  run(options: BenchOptions): Promise<Row[]>;
}
