import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { RateLimiter } from "../src/rate-limit/limiter.js";
import { MemoryRateLimitStore } from "../src/rate-limit/memory-store.js";
import { Semaphore } from "../src/rate-limit/semaphore.js";
import { readServerQuota } from "../src/rate-limit/server-headers.js";

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse("2026-01-01T00:00:00.500Z") });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("MemoryRateLimitStore", () => {
  const windows = [
    { limit: 3, windowMs: 1000 },
    { limit: 5, windowMs: 60_000 },
  ];

  test("admits up to the burst limit, then says how long until the oldest request leaves the window", () => {
    const store = new MemoryRateLimitStore();
    expect([1, 2, 3].map(() => store.tryAcquire("op", windows))).toEqual([0, 0, 0]);
    vi.advanceTimersByTime(400);
    expect(store.tryAcquire("op", windows)).toBe(600);
    vi.advanceTimersByTime(600);
    expect(store.tryAcquire("op", windows)).toBe(0);
  });

  test("holds any window of the given length to the limit, whatever its alignment", () => {
    const store = new MemoryRateLimitStore();
    const admitted: number[] = [];
    for (let t = 0; t < 5000; t += 50) {
      if (store.tryAcquire("op", [{ limit: 3, windowMs: 1000 }]) === 0) admitted.push(t);
      vi.advanceTimersByTime(50);
    }
    for (const start of admitted) {
      expect(admitted.filter((t) => t >= start && t < start + 1000).length).toBeLessThanOrEqual(3);
    }
    expect(admitted.length).toBe(15);
  });

  test("the steady window binds once bursts add up", () => {
    const store = new MemoryRateLimitStore();
    let admitted = 0;
    for (let i = 0; i < 10; i++) {
      while (store.tryAcquire("op", windows) === 0) admitted++;
      vi.advanceTimersByTime(1000);
    }
    expect(admitted).toBe(5);
    expect(store.tryAcquire("op", windows)).toBe(50_000);
  });

  test("a rejected request takes nothing from any window", () => {
    const store = new MemoryRateLimitStore();
    const tight = [
      { limit: 10, windowMs: 1000 },
      { limit: 1, windowMs: 60_000 },
    ];
    expect(store.tryAcquire("op", tight)).toBe(0);
    for (let i = 0; i < 20; i++) expect(store.tryAcquire("op", tight)).toBeGreaterThan(0);
    expect(store.tryAcquire("op", [{ limit: 10, windowMs: 1000 }])).toBe(0);
  });

  test("keys are counted apart", () => {
    const store = new MemoryRateLimitStore();
    const one = [{ limit: 1, windowMs: 1000 }];
    expect(store.tryAcquire("a", one)).toBe(0);
    expect(store.tryAcquire("b", one)).toBe(0);
    expect(store.tryAcquire("a", one)).toBe(1000);
  });

  test("pause blocks the key until it ends, and a shorter pause does not shorten it", async () => {
    const store = new MemoryRateLimitStore();
    await store.pause("op", 2000);
    await store.pause("op", 500);
    expect(await store.acquire("op", windows)).toBe(2000);
    vi.advanceTimersByTime(2000);
    expect(await store.acquire("op", windows)).toBe(0);
  });

  test("long runs compact the log", () => {
    const store = new MemoryRateLimitStore();
    for (let i = 0; i < 500; i++) {
      expect(store.tryAcquire("op", [{ limit: 1, windowMs: 10 }])).toBe(0);
      vi.advanceTimersByTime(10);
    }
  });
});

describe("readServerQuota", () => {
  const cases: [Record<string, string>, ReturnType<typeof readServerQuota>][] = [
    [{}, undefined],
    [
      {
        "RateLimit-Limit": "75, 75;w=1, 700;w=60",
        "RateLimit-Remaining": "0",
        "RateLimit-Reset": "12",
      },
      {
        limits: new Map([
          [1, 75],
          [60, 700],
        ]),
        remaining: 0,
        resetSeconds: 12,
      },
    ],
    [
      { "RateLimit-Remaining": "x", "RateLimit-Reset": "" },
      { limits: new Map(), remaining: undefined, resetSeconds: undefined },
    ],
    [
      { "RateLimit-Limit": "10;w=1, 5;w=1, 3" },
      { limits: new Map([[1, 5]]), remaining: undefined, resetSeconds: undefined },
    ],
  ];
  test.each(cases)("%o", (headers, want) => {
    expect(readServerQuota(new Headers(headers))).toEqual(want);
  });
});

describe("Semaphore", () => {
  test("hands slots out in order and never more than its size", async () => {
    const semaphore = new Semaphore(2);
    const order: number[] = [];
    const first = await semaphore.acquire();
    const second = await semaphore.acquire();
    const third = semaphore.acquire().then((release) => (order.push(3), release));
    const fourth = semaphore.acquire().then((release) => (order.push(4), release));
    await Promise.resolve();
    expect(order).toEqual([]);
    first();
    first();
    (await third)();
    second();
    await fourth;
    expect(order).toEqual([3, 4]);
  });

  test("an aborted waiter leaves the queue", async () => {
    const semaphore = new Semaphore(1);
    const release = await semaphore.acquire();
    const controller = new AbortController();
    const waiting = semaphore.acquire(controller.signal);
    controller.abort(new Error("stop"));
    await expect(waiting).rejects.toThrow("stop");
    release();
    const again = await semaphore.acquire();
    expect(typeof again).toBe("function");
    await expect(semaphore.acquire(AbortSignal.abort(new Error("early")))).rejects.toThrow("early");
  });
});

describe("RateLimiter", () => {
  const limit = { burst: 3, steady: 100 };

  test("queues beyond the burst and sends each request when its window opens", async () => {
    const limiter = new RateLimiter({ marginMs: 0 });
    const sentAt: number[] = [];
    const start = Date.now();
    const requests = Array.from({ length: 7 }, () =>
      limiter.acquire("op", limit).then((release) => {
        sentAt.push(Date.now() - start);
        release();
      }),
    );
    await vi.advanceTimersByTimeAsync(3000);
    await Promise.all(requests);
    expect(sentAt).toEqual([0, 0, 0, 1000, 1000, 1000, 2000]);
  });

  test("the margin widens each window", async () => {
    const limiter = new RateLimiter({ marginMs: 25 });
    const sentAt: number[] = [];
    const start = Date.now();
    const requests = Array.from({ length: 4 }, () =>
      limiter.acquire("op", limit).then((release) => (sentAt.push(Date.now() - start), release())),
    );
    await vi.advanceTimersByTimeAsync(2000);
    await Promise.all(requests);
    expect(sentAt).toEqual([0, 0, 0, 1025]);
  });

  test("caps the requests in flight, also for operations without limits", async () => {
    const limiter = new RateLimiter({ maxConcurrency: 2 });
    const first = await limiter.acquire("a", undefined);
    await limiter.acquire("b", undefined);
    let third = false;
    const pending = limiter.acquire("c", undefined).then(() => (third = true));
    await vi.advanceTimersByTimeAsync(10);
    expect(third).toBe(false);
    first();
    await pending;
    expect(third).toBe(true);
  });

  test("an operation waiting for its window holds one slot at most, so others go ahead", async () => {
    const limiter = new RateLimiter({ marginMs: 0, maxConcurrency: 2 });
    const slow = { burst: 1, steady: 100 };
    const sentAt: Record<string, number> = {};
    const start = Date.now();
    const send = (name: string, key: string, limit: typeof slow) =>
      limiter.acquire(key, limit).then((release) => {
        sentAt[name] = Date.now() - start;
        release();
      });
    const requests = [send("a1", "a", slow), send("a2", "a", slow), send("a3", "a", slow)];
    requests.push(send("b1", "b", limit));
    await vi.advanceTimersByTimeAsync(3000);
    await Promise.all(requests);
    expect(sentAt).toEqual({ a1: 0, b1: 0, a2: 1000, a3: 2000 });
  });

  test("follows a lower shared quota announced by the server", async () => {
    const limiter = new RateLimiter({ marginMs: 0 });
    limiter.observe("op", new Headers({ "RateLimit-Limit": "1;w=1, 100;w=60" }), undefined);
    const sentAt: number[] = [];
    const start = Date.now();
    const requests = Array.from({ length: 2 }, () =>
      limiter.acquire("op", limit).then((release) => (sentAt.push(Date.now() - start), release())),
    );
    await vi.advanceTimersByTimeAsync(2000);
    await Promise.all(requests);
    expect(sentAt).toEqual([0, 1000]);
  });

  test("waits out an exhausted server window and a 429's Retry-After", async () => {
    const limiter = new RateLimiter();
    limiter.observe(
      "op",
      new Headers({ "RateLimit-Remaining": "0", "RateLimit-Reset": "4" }),
      undefined,
    );
    limiter.observe("other", new Headers(), 7000);
    const sentAt: Record<string, number> = {};
    const start = Date.now();
    const requests = ["op", "other"].map((key) =>
      limiter.acquire(key, limit).then((release) => {
        sentAt[key] = Date.now() - start;
        release();
      }),
    );
    await vi.advanceTimersByTimeAsync(8000);
    await Promise.all(requests);
    expect(sentAt).toEqual({ op: 4000, other: 7000 });
  });

  test("daily limits count too", async () => {
    const limiter = new RateLimiter({ marginMs: 0 });
    (await limiter.acquire("op", { burst: 10, steady: 10, daily: 1 }))();
    let second = false;
    const pending = limiter
      .acquire("op", { burst: 10, steady: 10, daily: 1 })
      .then(() => (second = true));
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(second).toBe(false);
    await vi.advanceTimersByTimeAsync(86_400_000);
    await pending;
    expect(second).toBe(true);
  });

  test("an aborted request leaves the queue and frees its slot", async () => {
    const limiter = new RateLimiter({ marginMs: 0, maxConcurrency: 1 });
    (await limiter.acquire("op", { burst: 1, steady: 10 }))();
    const controller = new AbortController();
    const waiting = limiter.acquire("op", { burst: 1, steady: 10 }, controller.signal);
    const behind = limiter.acquire("op", { burst: 1, steady: 10 });
    controller.abort(new Error("stop"));
    await expect(waiting).rejects.toThrow("stop");
    await vi.advanceTimersByTimeAsync(1000);
    expect(typeof (await behind)).toBe("function");
  });

  test("a store that fails surfaces on acquire", async () => {
    const store = {
      acquire: () => Promise.reject(new Error("store down")),
      pause: () => Promise.reject(new Error("store down")),
    };
    const limiter = new RateLimiter({ store });
    limiter.observe("op", new Headers(), 1000);
    await expect(limiter.acquire("op", limit)).rejects.toThrow("store down");
    const release = await limiter.acquire("op", undefined);
    release();
  });
});
