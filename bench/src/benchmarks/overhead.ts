import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServerProcess } from "../lib/child.js";
import { bareFetchCall, type Call, officialCall, ourCalls } from "../lib/sides.js";
import { alternate, median, ratio } from "../lib/stats.js";
import { corePackage, revisionPackage } from "../lib/workspace.js";
import type { Row } from "../report/row.js";
import type { Benchmark } from "./benchmark.js";

const serverScript = fileURLToPath(new URL("../servers/jsonapi-server.js", import.meta.url));
const concurrency = 8;

/** Requests per second of `call` made `total` times by `concurrency` workers. */
function throughput(call: Call, total: number) {
  return async () => {
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      while (next++ < total) await call();
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return total / ((performance.now() - started) / 1000);
  };
}

export const overhead: Benchmark = {
  name: "overhead",
  description: `requests/s through the client vs bare fetch, loopback server, limiter off, ${concurrency} in flight`,
  async run({ quick }) {
    const revision = revisionPackage();
    const oursBuilt = revision.built && corePackage().built;
    const server = await startServerProcess(serverScript);
    try {
      const total = quick ? 500 : 3000;
      const rounds = quick ? 3 : 7;
      const ours = oursBuilt
        ? await ourCalls(join(revision.dir, "dist/index.js"), server.url)
        : undefined;
      const sides: Record<string, () => Promise<number>> = {
        baseline: throughput(bareFetchCall(server.url), total),
        official: throughput(await officialCall(server.url), total),
        ...(ours && {
          typedFetch: throughput(ours.typedFetch, total),
          operation: throughput(ours.operation, total),
        }),
      };
      // One untimed round warms up every side's JIT and connection pool.
      await alternate(1, sides);
      const samples = await alternate(rounds, sides);
      const baseline = median(samples.baseline!);
      const official = median(samples.official!);
      const row = (figure: string, values: number[] | undefined): Row => {
        const value = values ? median(values) : undefined;
        const r = ratio(value, baseline);
        return {
          figure,
          unit: "req/s",
          ours: value ?? "n/a (package not built)",
          official,
          baseline,
          baselineName: "bare fetch",
          ...(r !== undefined && { ratio: { value: r, of: "baseline" as const }, met: r >= 0.9 }),
          goal: ">= 0.9x bare fetch (#4)",
        };
      };
      return [
        row(`GET /api/profiles, typed fetch layer (median of ${rounds})`, samples.typedFetch),
        row(`getProfiles(), operation layer (median of ${rounds})`, samples.operation),
      ];
    } finally {
      await server.close();
    }
  },
};
