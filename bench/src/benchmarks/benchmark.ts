import type { Row } from "../report/row.js";

export interface BenchOptions {
  /** fewer repetitions and smaller workloads, for checking the harness itself */
  quick: boolean;
}

export interface Benchmark {
  name: string;
  /** what it measures, one line */
  description: string;
  run(options: BenchOptions): Promise<Row[]>;
}
