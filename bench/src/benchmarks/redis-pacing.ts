import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runNodeJson } from "../lib/child.js";
import { burst, startLimitedServer, steady } from "../lib/limited-server.js";
import type { PacedRun } from "../lib/paced-run.js";
import { startRedis } from "../lib/redis-server.js";
import { corePackage, requireBuilt, revisionPackage } from "../lib/workspace.js";
import type { Benchmark } from "./benchmark.js";

const worker = fileURLToPath(new URL("../probes/redis-worker.js", import.meta.url));
const processes = 4;
const windows = 2;

type WorkerResult = PacedRun | { unavailable: string };

export const redisPacing: Benchmark = {
  name: "redis-pacing",
  description: `${processes} processes sharing one ${burst}/s + ${steady}/window quota through core's Redis store`,
  async run({ windowSeconds }) {
    const revision = revisionPackage();
    const core = corePackage();
    requireBuilt(core, revision);
    const windowMs = windowSeconds * 1000;
    const redis = await startRedis();
    const server = await startLimitedServer(windowMs);
    try {
      // Start all processes together on the next window boundary that leaves them time to load.
      const startAt = Math.ceil((Date.now() + 3000) / windowMs) * windowMs;
      const args = [
        join(revision.dir, "dist/index.js"),
        core.entry,
        redis.url,
        server.url,
        String(startAt),
      ];
      const results = await Promise.all(
        Array.from({ length: processes }, () =>
          runNodeJson<WorkerResult>(worker, [...args, String(windows * windowMs)]),
        ),
      );
      const unavailable = results.find((r): r is { unavailable: string } => "unavailable" in r);
      if (unavailable)
        return [{ figure: "—", unit: "%", ours: `n/a (${unavailable.unavailable})` }];
      const runs = results as PacedRun[];
      const ok = runs.reduce((sum, r) => sum + r.ok, 0);
      const { throttled } = (await (await fetch(`${server.url}/__stats`)).json()) as {
        throttled: number;
      };
      const share = (ok / (steady * windows)) * 100;
      return [
        {
          figure: `share of steady limit, ${processes} processes, ${windows} x ${windowSeconds} s windows`,
          unit: "%",
          ours: share,
          goal: ">= 90% (#4)",
          met: share >= 90,
        },
        {
          figure: "429 responses received, all processes",
          unit: "429s",
          ours: throttled,
          goal: "0 (#4)",
          met: throttled === 0,
        },
      ];
    } finally {
      await server.close();
      await redis.close();
    }
  },
};
