import { execFile } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { FixedWindowQuota } from "@klaviyo-ts/mock";
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

  test("a request counts until a window after it settles, whichever process answers when", async () => {
    const windows = [{ limit: 2, windowMs: 1000 }];
    const other = new RedisRateLimitStore({ client: connection.adapter, prefix: "unit" });
    expect(await store.acquire("settle", windows, "1")).toBe(0);
    expect(await other.acquire("settle", windows, "1")).toBe(0);
    // Both in flight: neither can leave sooner than a whole window from now.
    expect(await store.acquire("settle", windows, "2")).toBe(1000);
    await other.settle("settle", windows, "1");
    const scores = await connection.client.zRangeWithScores("unit:{settle}:1000", 0, -1);
    // One scored when it settled (now), the other still in flight (a time to come).
    expect(scores.filter(({ score }) => score <= Date.now() + 50)).toHaveLength(1);
    expect(scores.filter(({ score }) => score > Date.now() + 60_000)).toHaveLength(1);
    const wait = await store.acquire("settle", windows, "3");
    expect(wait).toBeGreaterThan(900);
    expect(wait).toBeLessThanOrEqual(1000);
    // A ticket this store never admitted touches nothing.
    await other.settle("settle", windows, "9");
    expect(await connection.client.zCard("unit:{settle}:1000")).toBe(2);
  });

  test("a request counted in two windows near their boundary gets one back when its report says where it landed", async () => {
    const steady = (edgeMs: number) => [
      { limit: 3, windowMs: 60_000, aligned: { periodMs: 60_000, edgeMs } },
    ];
    // The server's window ends between 9,950 and 10,000 ms from now.
    const report = (remaining: number, ticket?: string) => ({
      periodMs: 60_000,
      limit: 3,
      endsWithinMs: 10_000,
      endsAfterMs: 9_950,
      remaining,
      ...(ticket !== undefined && { ticket }),
    });
    const hash = "unit:{straddle}:aligned:60000";
    await store.learn("straddle", report(3));
    expect(await store.acquire("straddle", steady(100), "early")).toBe(0);
    // A latency that may carry them past the earliest end: counted in both windows.
    expect(await store.acquire("straddle", steady(9_990), "late")).toBe(0);
    expect(await store.acquire("straddle", steady(9_990), "later")).toBe(0);
    expect(await connection.client.hmGet(hash, ["c0", "c1"])).toEqual(["3", "2"]);
    await store.learn("straddle", report(0, "late"));
    expect(await connection.client.hmGet(hash, ["c0", "c1"])).toEqual(["3", "1"]);
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
    // The 10 ms pause did not shorten the 5 s one (bounds loose enough for a busy machine).
    expect(wait).toBeGreaterThan(2500);
    expect(await connection.client.pTTL("unit:{c}:pause")).toBeGreaterThan(2500);
  });

  /** esbuild (tsup's) bundles a TypeScript helper, so child processes run it with plain node. */
  async function bundle(helper: string): Promise<string> {
    const esbuild = createRequire(createRequire(import.meta.url).resolve("tsup"))("esbuild") as {
      build(options: Record<string, unknown>): Promise<unknown>;
    };
    const outfile = join(workDir, helper.replace(/\.ts$/, ".mjs"));
    await esbuild.build({
      entryPoints: [join(import.meta.dirname, "helpers", helper)],
      outfile,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
    });
    return outfile;
  }

  const steady = { periodMs: 60_000, edgeMs: 1_000 };
  const aligned = [{ limit: 5, windowMs: 60_100, aligned: steady }];

  test("what one store learns of the server's window aligns every store on the prefix", async () => {
    const other = new RedisRateLimitStore({ client: connection.adapter, prefix: "unit" });
    await store.learn("d", { periodMs: 60_000, limit: 5, endsWithinMs: 20_000, remaining: 2 });
    expect(await other.acquire("d", aligned)).toBe(0);
    expect(await other.acquire("d", aligned)).toBe(0);
    const wait = await other.acquire("d", aligned);
    expect(wait).toBeGreaterThan(19_000);
    expect(wait).toBeLessThanOrEqual(20_000);
  });

  test("a tighter reading moves the boundary earlier; a looser one leaves it", async () => {
    await store.learn("e", { periodMs: 60_000, limit: 5, endsWithinMs: 20_000, remaining: 0 });
    await store.learn("e", { periodMs: 60_000, limit: 5, endsWithinMs: 19_400, remaining: 0 });
    await store.learn("e", { periodMs: 60_000, limit: 5, endsWithinMs: 19_900, remaining: 0 });
    const wait = await store.acquire("e", aligned);
    expect(wait).toBeGreaterThan(18_400);
    expect(wait).toBeLessThanOrEqual(19_400);
  });

  test("a reading far earlier than the boundary held means the windows moved: start over", async () => {
    await store.learn("f", { periodMs: 60_000, limit: 5, endsWithinMs: 50_000, remaining: 0 });
    await store.learn("f", { periodMs: 60_000, limit: 5, endsWithinMs: 45_000, remaining: 3 });
    expect(await store.acquire("f", aligned)).toBe(0);
    expect(await store.acquire("f", aligned)).toBe(0);
    expect(await store.acquire("f", aligned)).toBe(0);
    const wait = await store.acquire("f", aligned);
    expect(wait).toBeGreaterThan(44_000);
    expect(wait).toBeLessThanOrEqual(45_000);
  });

  test("4 processes sharing one quota never over-admit", async () => {
    const worker = await bundle("redis-worker.ts");
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

  test("4 processes learning from a fixed-window server spend its next window from its boundary, without a 429", async () => {
    const worker = await bundle("redis-paced-worker.ts");
    // The server's steady window (20 a minute, 10 a second) ends 2.5 s after the first request.
    let boundary: number | undefined;
    let quota: FixedWindowQuota | undefined;
    const arrivals: number[] = [];
    let throttled = 0;
    const server = createServer((_req, res) => {
      const now = Date.now();
      boundary ??= now + 2_500;
      quota ??= new FixedWindowQuota(boundary % 60_000);
      const decision = quota.take("account", { burst: 10, steady: 20 }, now);
      if (!decision.allowed) {
        throttled++;
        res.writeHead(429, { "Retry-After": String(decision.retryAfterSeconds) }).end();
        return;
      }
      arrivals.push(now);
      res.writeHead(200, decision.headers).end("{}");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      const outputs = await Promise.all(
        Array.from({ length: 4 }, () =>
          run(process.execPath, [worker, redis.url, "paced", serverUrl, "8"]),
        ),
      );
      const told = outputs.map(
        ({ stdout }) => (JSON.parse(stdout) as { throttled: number }).throttled,
      );
      expect(told).toEqual([0, 0, 0, 0]);
      expect(throttled).toBe(0);
      expect(arrivals).toHaveLength(32);
      const after = arrivals.filter((t) => t >= boundary!).sort((a, b) => a - b);
      // The first window had 2.5 s left, at most 20 of its quota; the rest waited for the boundary
      // and went within Reset's rounding (1 s) after it, not a whole window after the first request.
      expect(after.length).toBeGreaterThanOrEqual(12);
      expect(after[0]! - boundary!).toBeLessThan(1_200);
    } finally {
      server.close();
    }
  }, 60_000);
});
