import { FixedWindowQuota } from "@klaviyo-ts/mock";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { KlaviyoRateLimitError } from "../src/errors/api-error.js";
import { sleep } from "../src/internal/sleep.js";
import { RateLimiter } from "../src/rate-limit/limiter.js";
import { MemoryRateLimitStore } from "../src/rate-limit/memory-store.js";
import { Semaphore } from "../src/rate-limit/semaphore.js";
import { readSteadyQuota } from "../src/rate-limit/server-headers.js";

/** The endpoint a limited request goes to, which only a refusal names. */
const endpoint = { id: "op", method: "GET", path: "/op" } as const;

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

  /** Admits one request and answers it at once; 0 when admitted. */
  function exchange(store: MemoryRateLimitStore, key: string, of: typeof windows): number {
    const wait = store.acquire(key, of);
    if (wait === 0) store.settle(key, of);
    return wait;
  }

  test("admits up to the burst limit, then says how long until the oldest request leaves the window", () => {
    const store = new MemoryRateLimitStore();
    expect([1, 2, 3].map(() => exchange(store, "op", windows))).toEqual([0, 0, 0]);
    vi.advanceTimersByTime(400);
    expect(store.acquire("op", windows)).toBe(600);
    vi.advanceTimersByTime(600);
    expect(store.acquire("op", windows)).toBe(0);
  });

  test("holds any window of the given length to the limit, whatever its alignment", () => {
    const store = new MemoryRateLimitStore();
    const admitted: number[] = [];
    for (let t = 0; t < 5000; t += 50) {
      if (exchange(store, "op", [{ limit: 3, windowMs: 1000 }]) === 0) admitted.push(t);
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
      while (exchange(store, "op", windows) === 0) admitted++;
      vi.advanceTimersByTime(1000);
    }
    expect(admitted).toBe(5);
    expect(store.acquire("op", windows)).toBe(50_000);
  });

  test("a rejected request takes nothing from any window", () => {
    const store = new MemoryRateLimitStore();
    const tight = [
      { limit: 10, windowMs: 1000 },
      { limit: 1, windowMs: 60_000 },
    ];
    expect(store.acquire("op", tight)).toBe(0);
    for (let i = 0; i < 20; i++) expect(store.acquire("op", tight)).toBeGreaterThan(0);
    expect(store.acquire("op", [{ limit: 10, windowMs: 1000 }])).toBe(0);
  });

  test("a request counts until a window after its answer: one answered late keeps its place", () => {
    const store = new MemoryRateLimitStore();
    const burst = [{ limit: 3, windowMs: 1000 }];
    expect([1, 2, 3].map(() => store.acquire("op", burst))).toEqual([0, 0, 0]);
    vi.advanceTimersByTime(500);
    // In flight, a request may reach the server at any moment: it leaves no sooner than a window on.
    expect(store.acquire("op", burst)).toBe(1000);
    store.settle("op", burst);
    store.settle("op", burst);
    vi.advanceTimersByTime(300);
    store.settle("op", burst);
    vi.advanceTimersByTime(700);
    // The two answered at 500 ms have left; the one answered at 800 ms holds its place until 1,800.
    expect([1, 2, 3].map(() => exchange(store, "op", burst))).toEqual([0, 0, 300]);
    vi.advanceTimersByTime(300);
    expect(exchange(store, "op", burst)).toBe(0);
  });

  test("a settle without a request in flight counts nothing", () => {
    const store = new MemoryRateLimitStore();
    const one = [{ limit: 1, windowMs: 1000 }];
    store.settle("op", one);
    expect(exchange(store, "op", one)).toBe(0);
  });

  test("a request sent close to a boundary counts in both windows until its report says where it landed", () => {
    const store = new MemoryRateLimitStore();
    const steady = [{ limit: 3, windowMs: 60_000, aligned: { periodMs: 60_000, edgeMs: 200 } }];
    const report = (endsWithinMs: number, remaining: number, ticket?: string) => ({
      periodMs: 60_000,
      limit: 3,
      endsWithinMs,
      endsAfterMs: endsWithinMs - 50,
      remaining,
      ...(ticket !== undefined && { ticket }),
    });
    // The server's window ends between 9,950 and 10,000 ms from now.
    store.learn("op", report(10_000, 3));
    vi.advanceTimersByTime(9_000);
    // Sent more than its latency (200 ms) before the earliest end: this window only.
    expect(store.acquire("op", steady, "early")).toBe(0);
    vi.advanceTimersByTime(800);
    expect(store.acquire("op", steady, "late")).toBe(0);
    expect(store.acquire("op", steady, "later")).toBe(0);
    // "late" was counted in this window: the next gets its place back; "later" keeps both.
    store.learn("op", report(200, 1, "late"));
    vi.advanceTimersByTime(200);
    expect([1, 2, 3].map(() => store.acquire("op", steady))).toEqual([0, 0, 60_000]);
  });

  test("keys are counted apart", () => {
    const store = new MemoryRateLimitStore();
    const one = [{ limit: 1, windowMs: 1000 }];
    expect(store.acquire("a", one)).toBe(0);
    expect(store.acquire("b", one)).toBe(0);
    expect(store.acquire("a", one)).toBe(1000);
  });

  test("pause blocks the key until it ends, and a shorter pause does not shorten it", async () => {
    const store = new MemoryRateLimitStore();
    await store.pause("op", 2000);
    await store.pause("op", 500);
    expect(await store.acquire("op", windows)).toBe(2000);
    vi.advanceTimersByTime(2000);
    expect(await store.acquire("op", windows)).toBe(0);
  });

  test("a paused key answers when the pause ends, however long its windows are full", () => {
    // The limiter refuses a wait longer than its cap: waiting out the pause first and the window
    // after keeps each wait within it.
    const store = new MemoryRateLimitStore();
    const daily = [{ limit: 1, windowMs: 86_400_000 }];
    expect(exchange(store, "op", daily)).toBe(0);
    store.pause("op", 2000);
    expect(store.acquire("op", daily)).toBe(2000);
  });

  test("entries older than the window leave its log: one request per window is admitted every time", () => {
    const store = new MemoryRateLimitStore();
    for (let i = 0; i < 500; i++) {
      expect(exchange(store, "op", [{ limit: 1, windowMs: 10 }])).toBe(0);
      vi.advanceTimersByTime(10);
    }
  });
});

describe("readSteadyQuota", () => {
  // Klaviyo documents plain integers describing the steady window; anything else is dropped, never guessed.
  const cases: [string, Record<string, string>, ReturnType<typeof readSteadyQuota>][] = [
    [
      "no rate-limit headers",
      {},
      { limit: undefined, remaining: undefined, resetSeconds: undefined },
    ],
    [
      "the documented form",
      { "RateLimit-Limit": "700", "RateLimit-Remaining": "698", "RateLimit-Reset": "37" },
      { limit: 700, remaining: 698, resetSeconds: 37 },
    ],
    [
      "the IETF policy list, read for its 60 s policy",
      {
        "RateLimit-Limit": "75, 75;w=1, 700;w=60",
        "RateLimit-Remaining": "0",
        "RateLimit-Reset": "12",
      },
      { limit: 700, remaining: 0, resetSeconds: 12 },
    ],
    [
      "a policy list without a 60 s policy",
      { "RateLimit-Limit": "10;w=1, 5;w=1" },
      { limit: undefined, remaining: undefined, resetSeconds: undefined },
    ],
    [
      "Limit 0 would switch pacing off",
      { "RateLimit-Limit": "0", "RateLimit-Remaining": "0", "RateLimit-Reset": "5" },
      { limit: undefined, remaining: 0, resetSeconds: 5 },
    ],
    [
      "fractional values",
      { "RateLimit-Limit": "700.5", "RateLimit-Remaining": "1.5", "RateLimit-Reset": "0.5" },
      { limit: undefined, remaining: undefined, resetSeconds: undefined },
    ],
    [
      "negative values",
      { "RateLimit-Limit": "-700", "RateLimit-Remaining": "-1", "RateLimit-Reset": "-5" },
      { limit: undefined, remaining: undefined, resetSeconds: undefined },
    ],
    [
      "garbage, empty, exponent and hex",
      { "RateLimit-Limit": "1e3", "RateLimit-Remaining": "x", "RateLimit-Reset": "0x10" },
      { limit: undefined, remaining: undefined, resetSeconds: undefined },
    ],
    [
      "Remaining above Limit is held to Limit",
      { "RateLimit-Limit": "700", "RateLimit-Remaining": "5000", "RateLimit-Reset": "30" },
      { limit: 700, remaining: 700, resetSeconds: 30 },
    ],
    [
      "a Reset longer than the steady window would stall pacing",
      { "RateLimit-Limit": "700", "RateLimit-Remaining": "0", "RateLimit-Reset": "86400000" },
      { limit: 700, remaining: 0, resetSeconds: undefined },
    ],
    [
      "a number too long to be exact",
      { "RateLimit-Remaining": "99999999999999999999" },
      { limit: undefined, remaining: undefined, resetSeconds: undefined },
    ],
    [
      "surrounding spaces are fine",
      { "RateLimit-Limit": " 700 ", "RateLimit-Remaining": " 3", "RateLimit-Reset": "60 " },
      { limit: 700, remaining: 3, resetSeconds: 60 },
    ],
  ];
  test.each(cases)("%s", (_name, headers, want) => {
    expect(readSteadyQuota(new Headers(headers))).toEqual(want);
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
      limiter.acquire("op", limit, undefined, endpoint).then((release) => {
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
      limiter
        .acquire("op", limit, undefined, endpoint)
        .then((release) => (sentAt.push(Date.now() - start), release())),
    );
    await vi.advanceTimersByTimeAsync(2000);
    await Promise.all(requests);
    expect(sentAt).toEqual([0, 0, 0, 1025]);
  });

  test("caps the requests in flight, also for operations without limits", async () => {
    const limiter = new RateLimiter({ maxConcurrency: 2 });
    const first = await limiter.acquire("a", undefined, undefined, endpoint);
    await limiter.acquire("b", undefined, undefined, endpoint);
    let third = false;
    const pending = limiter.acquire("c", undefined, undefined, endpoint).then(() => (third = true));
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
      limiter.acquire(key, limit, undefined, endpoint).then((release) => {
        sentAt[name] = Date.now() - start;
        release();
      });
    const requests = [send("a1", "a", slow), send("a2", "a", slow), send("a3", "a", slow)];
    requests.push(send("b1", "b", limit));
    await vi.advanceTimersByTimeAsync(3000);
    await Promise.all(requests);
    expect(sentAt).toEqual({ a1: 0, b1: 0, a2: 1000, a3: 2000 });
  });

  test("follows a lower steady quota announced by the server", async () => {
    const limiter = new RateLimiter({ marginMs: 0 });
    limiter.observe("op", new Headers({ "RateLimit-Limit": "1" }), undefined);
    const sentAt: number[] = [];
    const start = Date.now();
    const requests = Array.from({ length: 2 }, () =>
      limiter
        .acquire("op", limit, undefined, endpoint)
        .then((release) => (sentAt.push(Date.now() - start), release())),
    );
    await vi.advanceTimersByTimeAsync(61_000);
    await Promise.all(requests);
    expect(sentAt).toEqual([0, 60_000]);
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
      limiter.acquire(key, limit, undefined, endpoint).then((release) => {
        sentAt[key] = Date.now() - start;
        release();
      }),
    );
    await vi.advanceTimersByTimeAsync(8000);
    await Promise.all(requests);
    expect(sentAt).toEqual({ op: 4000, other: 7000 });
  });

  test("daily limits count too, and a wait for the next day fails fast unless allowed", async () => {
    const daily = { burst: 10, steady: 10, daily: 1 };
    const limiter = new RateLimiter({ marginMs: 0 });
    (await limiter.acquire("op", daily, undefined, endpoint))();
    await expect(limiter.acquire("op", daily, undefined, endpoint)).rejects.toBeInstanceOf(
      KlaviyoRateLimitError,
    );
    const patient = new RateLimiter({ marginMs: 0, maxWaitMs: 2 * 86_400_000 });
    (await patient.acquire("op", daily, undefined, endpoint))();
    let second = false;
    const pending = patient.acquire("op", daily, undefined, endpoint).then(() => (second = true));
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(second).toBe(false);
    await vi.advanceTimersByTimeAsync(86_400_000);
    await pending;
    expect(second).toBe(true);
  });

  test("an aborted request leaves the queue and frees its slot", async () => {
    const limiter = new RateLimiter({ marginMs: 0, maxConcurrency: 1 });
    (await limiter.acquire("op", { burst: 1, steady: 10 }, undefined, endpoint))();
    const controller = new AbortController();
    const waiting = limiter.acquire("op", { burst: 1, steady: 10 }, controller.signal, endpoint);
    const behind = limiter.acquire("op", { burst: 1, steady: 10 }, undefined, endpoint);
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
    await expect(limiter.acquire("op", limit, undefined, endpoint)).rejects.toThrow("store down");
    const release = await limiter.acquire("op", undefined, undefined, endpoint);
    release();
  });
});

/**
 * Klaviyo's fixed windows as the mock counts them (FixedWindowQuota, boundaries `offsetMs` after the
 * clock's minute, the documented headers), for one account, recording when each request arrived.
 */
function fixedWindowServer(offsetMs: number, burst: number, steady: number) {
  const quota = new FixedWindowQuota(offsetMs);
  const arrivals: number[] = [];
  let throttled = 0;
  return {
    arrivals,
    throttled: () => throttled,
    answer(): { headers: Headers; retryAfterMs?: number } {
      const now = Date.now();
      const decision = quota.take("account", { burst, steady }, now);
      if (!decision.allowed) {
        throttled++;
        const seconds = decision.retryAfterSeconds;
        return {
          headers: new Headers({ "Retry-After": String(seconds) }),
          retryAfterMs: seconds * 1000,
        };
      }
      arrivals.push(now);
      return { headers: new Headers(decision.headers) };
    },
  };
}

describe("RateLimiter aligned to the server's steady window", () => {
  const quota = { burst: 10, steady: 50 };

  /** Sends `count` requests through the limiter, `latencyMs` each, and returns the server. */
  async function bulk(
    limiter: RateLimiter,
    server: ReturnType<typeof fixedWindowServer>,
    count: number,
    /** ms on the way to the server and back, for each request */
    latency: () => [number, number] = () => [5, 0],
  ) {
    let left = count;
    const worker = async () => {
      while (left > 0) {
        left--;
        const release = await limiter.acquire("op", quota, undefined, endpoint);
        const [there, back] = latency();
        await sleep(there);
        const { headers, retryAfterMs } = server.answer();
        await sleep(back);
        release();
        limiter.observe("op", headers, retryAfterMs, quota, release);
        if (retryAfterMs !== undefined) left++;
      }
    };
    const done = Promise.all(Array.from({ length: 8 }, worker));
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    await done;
  }

  /** Where each server window starts, and the first arrival in each window after the first. */
  function firstArrivals(arrivals: number[], offsetMs: number) {
    const byWindow = new Map<number, number[]>();
    for (const t of arrivals) {
      const w = Math.floor((t - offsetMs) / 60_000) * 60_000 + offsetMs;
      byWindow.set(w, [...(byWindow.get(w) ?? []), t]);
    }
    return [...byWindow]
      .slice(1)
      .map(([start, times]) => ({ start, first: times[0]!, count: times.length }));
  }

  // The clock starts at .500 s past a whole minute; each case puts the server's boundary elsewhere.
  test.each([
    { where: "just after the first request", offsetMs: 700 },
    { where: "just before the first request", offsetMs: 400 },
    { where: "mid-window", offsetMs: 30_500 },
    { where: "a whole Reset second after a boundary", offsetMs: 1_450 },
    { where: "3 s after the first request, too soon to spend that window", offsetMs: 3_500 },
  ])(
    "boundary $where: each window's quota is spent from its start, never a 429",
    async ({ offsetMs }) => {
      const server = fixedWindowServer(offsetMs, quota.burst, quota.steady);
      await bulk(new RateLimiter({ marginMs: 50 }), server, 180);
      expect(server.throttled()).toBe(0);
      const windows = firstArrivals(server.arrivals, offsetMs);
      expect(windows.length).toBeGreaterThanOrEqual(3);
      for (const { start, first, count } of windows.slice(0, -1)) {
        // A request sent close to a boundary counts in both windows until its answer says which
        // one it landed in: every whole window is spent in full, the first too.
        expect(count).toBe(quota.steady);
        // Opened no earlier than the server's boundary, and within the Reset rounding after it.
        expect(first).toBeGreaterThanOrEqual(start);
        expect(first - start).toBeLessThan(1_100);
      }
    },
  );

  test.each([{ offsetMs: 0 }, { offsetMs: 250 }, { offsetMs: 700 }, { offsetMs: 31_900 }])(
    "latency jittering by up to 400 ms each way never bunches a burst window past its limit (offset $offsetMs ms)",
    async ({ offsetMs }) => {
      // A fixed pseudo-random sequence, so a failure repeats.
      let seed = offsetMs + 1;
      const random = () => ((seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647) * 400;
      const server = fixedWindowServer(offsetMs, quota.burst, quota.steady);
      await bulk(new RateLimiter({ marginMs: 0 }), server, 180, () => [random(), random()]);
      expect(server.throttled()).toBe(0);
      expect(server.arrivals.length).toBe(180);
    },
  );

  test("Reset is whole seconds rounded up: the next window opens at the latest boundary it allows", async () => {
    const limiter = new RateLimiter({ marginMs: 0 });
    // The server's window ends in 36.2 s; Reset says 37. All of it is used.
    limiter.observe(
      "op",
      new Headers({ "RateLimit-Limit": "50", "RateLimit-Remaining": "0", "RateLimit-Reset": "37" }),
      undefined,
      quota,
    );
    const start = Date.now();
    let sentAt: number | undefined;
    const pending = limiter.acquire("op", quota, undefined, endpoint).then((release) => {
      sentAt = Date.now() - start;
      release();
    });
    await vi.advanceTimersByTimeAsync(40_000);
    await pending;
    expect(sentAt).toBe(37_000);
  });

  test("what is left of the server's window is spent, no more", async () => {
    const limiter = new RateLimiter({ marginMs: 0 });
    limiter.observe(
      "op",
      new Headers({ "RateLimit-Limit": "50", "RateLimit-Remaining": "3", "RateLimit-Reset": "20" }),
      undefined,
      quota,
    );
    const sentAt: number[] = [];
    const start = Date.now();
    const requests = Array.from({ length: 5 }, () =>
      limiter
        .acquire("op", quota, undefined, endpoint)
        .then((release) => (sentAt.push(Date.now() - start), release())),
    );
    await vi.advanceTimersByTimeAsync(21_000);
    await Promise.all(requests);
    expect(sentAt).toEqual([0, 0, 0, 20_000, 20_000]);
  });

  test("requests still in flight are taken off what the server says is left", async () => {
    const limiter = new RateLimiter({ marginMs: 0 });
    const inFlight = await limiter.acquire("op", quota, undefined, endpoint);
    limiter.observe(
      "op",
      new Headers({ "RateLimit-Limit": "50", "RateLimit-Remaining": "2", "RateLimit-Reset": "20" }),
      undefined,
      quota,
    );
    const sentAt: number[] = [];
    const start = Date.now();
    const requests = Array.from({ length: 2 }, () =>
      limiter
        .acquire("op", quota, undefined, endpoint)
        .then((release) => (sentAt.push(Date.now() - start), release())),
    );
    await vi.advanceTimersByTimeAsync(21_000);
    await Promise.all(requests);
    inFlight();
    expect(sentAt).toEqual([0, 20_000]);
  });
});

describe("what is left of the server's window, with requests in flight", () => {
  const quota = { burst: 100, steady: 50 };

  /**
   * Three requests in flight; the second is answered: 5 used (the first two and 3 by someone else).
   * How many of 50 more requests the limiter then admits before the window ends in 20 s.
   */
  async function admittedAfterSecondAnswered(toldWhichAnswered: boolean) {
    const limiter = new RateLimiter({ marginMs: 0 });
    const [, second, third] = await Promise.all(
      [1, 2, 3].map(() => limiter.acquire("op", quota, undefined, endpoint)),
    );
    second!();
    const headers = new Headers({
      "RateLimit-Limit": "50",
      "RateLimit-Remaining": "45",
      "RateLimit-Reset": "20",
    });
    limiter.observe("op", headers, undefined, quota, toldWhichAnswered ? second : undefined);
    third!();
    let admitted = 0;
    const requests = Array.from({ length: 50 }, () =>
      limiter.acquire("op", quota, undefined, endpoint).then((release) => (admitted++, release())),
    );
    await vi.advanceTimersByTimeAsync(10_000);
    const within = admitted;
    await vi.advanceTimersByTimeAsync(20_000);
    await Promise.all(requests);
    return within;
  }

  test.each([
    // 50 - 5 used - the third, sent after the second and maybe not counted yet.
    { toldWhichAnswered: true, within: 44, taken: "only the requests sent after it" },
    // 50 - 5 used - the first and the third.
    { toldWhichAnswered: false, within: 43, taken: "every request in flight" },
  ])(
    "told which request was answered: $toldWhichAnswered, $taken taken off what is left",
    async ({ toldWhichAnswered, within }) => {
      expect(await admittedAfterSecondAnswered(toldWhichAnswered)).toBe(within);
    },
  );
});

describe("hostile rate-limit headers never switch pacing off nor stall it", () => {
  const quota = { burst: 2, steady: 100 };

  async function sendTimes(limiter: RateLimiter, count: number) {
    const sentAt: number[] = [];
    const start = Date.now();
    const requests = Array.from({ length: count }, () =>
      limiter
        .acquire("op", quota, undefined, endpoint)
        .then((release) => (sentAt.push(Date.now() - start), release())),
    );
    await vi.advanceTimersByTimeAsync(5_000);
    await Promise.all(requests);
    return sentAt;
  }

  test.each([
    ["Limit 0", { "RateLimit-Limit": "0", "RateLimit-Remaining": "5", "RateLimit-Reset": "1" }],
    [
      "negative values",
      { "RateLimit-Limit": "-1", "RateLimit-Remaining": "-1", "RateLimit-Reset": "-1" },
    ],
    [
      "fractions",
      { "RateLimit-Limit": "0.5", "RateLimit-Remaining": "0.5", "RateLimit-Reset": "0.5" },
    ],
    [
      "garbage",
      { "RateLimit-Limit": "lots", "RateLimit-Remaining": "NaN", "RateLimit-Reset": "Infinity" },
    ],
    [
      "Remaining above Limit",
      { "RateLimit-Limit": "100", "RateLimit-Remaining": "100000", "RateLimit-Reset": "1" },
    ],
    [
      "a Reset of years",
      { "RateLimit-Limit": "100", "RateLimit-Remaining": "0", "RateLimit-Reset": "99999999999" },
    ],
  ])("%s: still paced by the burst, and not stalled", async (_name, headers) => {
    const limiter = new RateLimiter({ marginMs: 0 });
    limiter.observe("op", new Headers(headers), undefined, quota);
    expect(await sendTimes(limiter, 4)).toEqual([0, 0, 1000, 1000]);
  });

  test("a Retry-After longer than the cap fails fast, saying when the quota resets", async () => {
    const limiter = new RateLimiter({ maxWaitMs: 60_000 });
    limiter.observe("GET /api/profiles", new Headers(), 10 * 86_400_000, quota);
    const error = await limiter
      .acquire("GET /api/profiles", quota, undefined, {
        id: "get_profiles",
        method: "GET",
        path: "/api/profiles",
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KlaviyoRateLimitError);
    expect((error as KlaviyoRateLimitError).retryAfterMs).toBe(86_400_000);
    expect((error as Error).message).toContain("GET /api/profiles (get_profiles)");
    expect((error as Error).message).toContain("resets at 2026-01-02T00:00:00.500Z");
  });

  test("a Retry-After within the cap is waited out", async () => {
    const limiter = new RateLimiter({ maxWaitMs: 60_000 });
    limiter.observe("op", new Headers(), 45_000, quota);
    const sentAt = sendTimes(limiter, 1);
    await vi.advanceTimersByTimeAsync(45_000);
    expect(await sentAt).toEqual([45_000]);
  });
});

describe("sleep", () => {
  test("waits beyond Node's 2^31 ms timer limit without firing early", async () => {
    const warn = vi.spyOn(process, "emitWarning");
    let done = false;
    const long = 40 * 86_400_000;
    const pending = sleep(long).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(2 ** 31);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(long - 2 ** 31);
    await pending;
    expect(done).toBe(true);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  test("an abort ends a long wait", async () => {
    const controller = new AbortController();
    const pending = sleep(2 ** 40, controller.signal);
    controller.abort(new Error("stop"));
    await expect(pending).rejects.toThrow("stop");
  });
});
