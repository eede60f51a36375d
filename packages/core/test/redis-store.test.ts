import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { RedisRateLimitStore } from "../src/index.js";
import { connect, hasRedis, startRedis } from "./helpers/redis-server.js";

if (!hasRedis) {
  console.warn("SKIPPED: Redis store tests need /usr/bin/redis-server, which is not installed.");
}

const run = promisify(execFile);

describe.skipIf(!hasRedis)("RedisRateLimitStore against a real redis-server", () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let connection: Awaited<ReturnType<typeof connect>>;
  let store: RedisRateLimitStore;
  let workDir: string;

  beforeAll(async () => {
    redis = await startRedis();
    connection = await connect(redis.url);
    store = new RedisRateLimitStore({ client: connection.adapter, prefix: "unit" });
    workDir = mkdtempSync(join(tmpdir(), "klaviyo-core-redis-"));
  });
  afterAll(async () => {
    await connection?.client.quit();
    await redis?.stop();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  test("admits up to the limit, then answers how long to wait", async () => {
    const windows = [{ limit: 3, windowMs: 1000 }];
    expect(await Promise.all([1, 2, 3].map(() => store.acquire("a", windows)))).toEqual([0, 0, 0]);
    const wait = await store.acquire("a", windows);
    expect(wait).toBeGreaterThan(900);
    expect(wait).toBeLessThanOrEqual(1000);
  });

  test("admission is all windows or none", async () => {
    const windows = [
      { limit: 100, windowMs: 1000 },
      { limit: 1, windowMs: 60_000 },
    ];
    expect(await store.acquire("b", windows)).toBe(0);
    expect(await store.acquire("b", windows)).toBeGreaterThan(59_000);
    expect(await connection.client.zCard("unit:{b}:1000")).toBe(1);
  });

  test("pause blocks the key and is never shortened", async () => {
    await store.pause("c", 5000);
    await store.pause("c", 10);
    const wait = await store.acquire("c", [{ limit: 10, windowMs: 1000 }]);
    expect(wait).toBeGreaterThan(4900);
    expect(await connection.client.pTTL("unit:{c}:pause")).toBeGreaterThan(4900);
  });

  test("4 processes sharing one quota never over-admit", async () => {
    // esbuild (tsup's) bundles the TypeScript worker, so child processes run it with plain node.
    const esbuild = createRequire(createRequire(import.meta.url).resolve("tsup"))("esbuild") as {
      build(options: Record<string, unknown>): Promise<unknown>;
    };
    const worker = join(workDir, "worker.mjs");
    await esbuild.build({
      entryPoints: [join(import.meta.dirname, "helpers/redis-worker.ts")],
      outfile: worker,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
    });
    const burst = 10;
    const perWorker = 8;
    const outputs = await Promise.all(
      Array.from({ length: 4 }, () =>
        run(process.execPath, [worker, redis.url, "shared", String(perWorker), String(burst)]),
      ),
    );
    const admitted = outputs.reduce(
      (sum, { stdout }) => sum + (JSON.parse(stdout) as { admitted: number }).admitted,
      0,
    );
    expect(admitted).toBe(4 * perWorker);
    // The steady window's log keeps every admission with Redis's timestamp: check every 1 s stretch.
    const log = await connection.client.zRangeWithScores("shared:{shared_op}:60000", 0, -1);
    expect(log).toHaveLength(admitted);
    const times = log.map((entry) => entry.score).sort((a, b) => a - b);
    for (const start of times) {
      expect(times.filter((t) => t >= start && t < start + 1000).length).toBeLessThanOrEqual(burst);
    }
    expect(times.at(-1)! - times[0]!).toBeGreaterThanOrEqual(3000);
  });
});
