import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runNodeJson } from "../lib/child.js";
import { burst, startLimitedServer, steady } from "../lib/limited-server.js";
import { startRedis } from "../lib/redis-server.js";
import { corePackage, requireBuilt, revisionPackage } from "../lib/workspace.js";
import type { Row } from "../report/row.js";
import type { Benchmark } from "./benchmark.js";
import {
  concurrency,
  measured,
  offsetCount,
  randomOffsets,
  workloads,
  type OffsetResult,
} from "./pacing.js";

const worker = fileURLToPath(new URL("../probes/redis-worker.js", import.meta.url));
const processes = 4;
const apiKey = `pk_${"r".repeat(34)}`;

export const redisPacing: Benchmark = {
  name: "redis-pacing",
  description: `${processes} processes sharing one ${burst}/s + ${steady}/min quota through core's Redis store, ${concurrency} in flight in all, at ${offsetCount} random window offsets`,
  async run({ quick }) {
    const revision = revisionPackage();
    const core = corePackage();
    requireBuilt(core, revision);
    const redis = await startRedis();
    try {
      const rows: Row[] = [];
      for (const count of workloads(quick)) {
        const offsets = randomOffsets();
        // Every process of every offset starts together, once all have had time to load.
        const startAt = Date.now() + 20_000;
        const results = await Promise.all(
          offsets.map(async (offsetMs): Promise<OffsetResult> => {
            const server = await startLimitedServer(offsetMs);
            try {
              const args = [
                join(revision.dir, "dist/index.js"),
                core.entry,
                redis.url,
                `bench:${count}:${offsetMs}`,
                server.url,
                apiKey,
                String(startAt),
                String(count / processes),
                String(concurrency / processes),
                String(processes),
              ];
              await Promise.all(Array.from({ length: processes }, () => runNodeJson(worker, args)));
              const stats = (await server.stats())[`Klaviyo-API-Key ${apiKey}`]!;
              return measured(count, offsetMs, stats);
            } finally {
              await server.close();
            }
          }),
        );
        for (const r of results) console.log(`  ${count} requests, ${processes} processes:`, r);
        const worst = Math.round(Math.min(...results.map((r) => r.efficiency)) * 1000) / 10;
        const throttled = results.reduce((sum, r) => sum + r.throttled, 0);
        rows.push(
          {
            figure: `efficiency, ${processes} processes, ${count.toLocaleString("en-US")} requests, min of offsets ${offsets.join(", ")} ms`,
            unit: "%",
            ours: worst,
            goal: ">= 90% (#13)",
            met: worst >= 90,
          },
          {
            figure: `429 responses, ${processes} processes, ${count.toLocaleString("en-US")} requests, all ${offsetCount} offsets`,
            unit: "429s",
            ours: throttled,
            goal: "0 (#13)",
            met: throttled === 0,
          },
        );
      }
      return rows;
    } finally {
      await redis.close();
    }
  },
};
