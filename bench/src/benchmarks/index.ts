import type { Benchmark } from "./benchmark.js";
import { bundle } from "./bundle.js";
import { coldStart } from "./cold-start.js";
import { generation } from "./generation.js";
import { install } from "./install.js";
import { mockStartup } from "./mock-startup.js";
import { overhead } from "./overhead.js";
import { pacing } from "./pacing.js";
import { paginationMemory } from "./pagination-memory.js";
import { redisPacing } from "./redis-pacing.js";
import { typecheck } from "./typecheck.js";

/** Every benchmark, in the order `pnpm bench` runs them and RESULTS.md lists them. */
export const benchmarks: readonly Benchmark[] = [
  bundle,
  install,
  typecheck,
  coldStart,
  overhead,
  paginationMemory,
  mockStartup,
  generation,
  pacing,
  redisPacing,
];
