import { afterEach, describe, expect, it } from "vitest";
import { FixedWindowQuota, type MockServer } from "../src/index.js";
import { call, start } from "./helpers.js";

/** A clock the test moves by hand, so window boundaries are exact and nothing sleeps. */
function fakeClock(start = Date.UTC(2026, 0, 1, 12, 0, 0)) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("rate limits", () => {
  let mock: MockServer | undefined;
  afterEach(() => mock?.close());

  it("throttles past the burst window and recovers when the window rolls over", async () => {
    const clock = fakeClock();
    // create_list is 10/s burst, 150/m steady in the spec.
    mock = await start({ now: clock.now });
    const create = () =>
      call(mock!, {
        method: "POST",
        path: "/api/lists",
        body: { data: { type: "list", attributes: { name: "L" } } },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await create()).status);
    expect(statuses).toEqual([...Array(10).fill(201), 429]);
    const throttled = await create();
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get("retry-after")).toBe("1");
    expect(throttled.headers.get("ratelimit-limit")).toBeNull();
    expect(throttled.body.errors[0]).toMatchObject({ status: 429, code: "throttled" });
    clock.advance(1_000);
    expect((await create()).status).toBe(201);
  });

  it("reports the steady window in RateLimit headers", async () => {
    const clock = fakeClock();
    mock = await start({
      now: clock.now,
      rateLimits: { operations: { get_profiles: { burst: 100, steady: 5 } } },
    });
    const first = await call(mock, { path: "/api/profiles?page[size]=1" });
    expect(first.headers.get("ratelimit-limit")).toBe("5");
    expect(first.headers.get("ratelimit-remaining")).toBe("4");
    expect(first.headers.get("ratelimit-reset")).toBe("60");
    clock.advance(15_000);
    const second = await call(mock, { path: "/api/profiles?page[size]=1" });
    expect(second.headers.get("ratelimit-remaining")).toBe("3");
    expect(second.headers.get("ratelimit-reset")).toBe("45");
    for (let i = 0; i < 3; i++) await call(mock, { path: "/api/profiles?page[size]=1" });
    const throttled = await call(mock, { path: "/api/profiles?page[size]=1" });
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get("retry-after")).toBe("45");
    clock.advance(45_000);
    expect((await call(mock, { path: "/api/profiles?page[size]=1" })).status).toBe(200);
  });

  it("counts per API key and per operation", async () => {
    const clock = fakeClock();
    mock = await start({
      now: clock.now,
      rateLimits: { operations: { get_profiles: { burst: 1 } } },
    });
    const get = (key: string, path = "/api/profiles?page[size]=1") =>
      call(mock!, { path, headers: { authorization: `Klaviyo-API-Key ${key}` } });
    expect((await get("pk_a")).status).toBe(200);
    expect((await get("pk_a")).status).toBe(429);
    expect((await get("pk_b")).status).toBe(200);
    expect((await get("pk_a", "/api/lists")).status).toBe(200);
  });

  it("enforces daily windows where the spec has one", async () => {
    const clock = fakeClock();
    mock = await start({
      now: clock.now,
      rateLimits: { operations: { get_profiles: { burst: 10, steady: 10, daily: 2 } } },
    });
    const get = () => call(mock!, { path: "/api/profiles?page[size]=1" });
    expect((await get()).status).toBe(200);
    clock.advance(61_000);
    expect((await get()).status).toBe(200);
    clock.advance(61_000);
    const throttled = await get();
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThan(3600);
  });

  it("can be switched off", async () => {
    mock = await start({ rateLimits: false });
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        call(mock!, {
          method: "POST",
          path: "/api/lists",
          body: { data: { type: "list", attributes: { name: "L" } } },
        }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    expect(answers[0]?.headers.get("ratelimit-limit")).toBeNull();
  });
});

describe("FixedWindowQuota", () => {
  const limit = { burst: 2, steady: 3 };
  const minute = Date.UTC(2026, 0, 1, 12, 0, 0);

  it("starts its windows at the offset, not at the clock's whole minute", () => {
    const quota = new FixedWindowQuota(25_300);
    const at = minute + 25_299;
    expect(quota.take("a", limit, at)).toEqual({
      allowed: true,
      headers: { "RateLimit-Limit": "3", "RateLimit-Remaining": "2", "RateLimit-Reset": "1" },
    });
    // One millisecond later a new steady and burst window begin.
    expect(quota.take("a", limit, at + 1)).toMatchObject({
      allowed: true,
      headers: { "RateLimit-Remaining": "2", "RateLimit-Reset": "60" },
    });
  });

  it("answers a refused request with Retry-After only, in whole seconds rounded up", () => {
    const quota = new FixedWindowQuota(500);
    for (let i = 0; i < 3; i++) quota.take("a", limit, minute + 500 + i * 1_000);
    expect(quota.take("a", limit, minute + 10_400)).toEqual({
      allowed: false,
      retryAfterSeconds: 51,
    });
  });

  it.each([
    { offset: 0, at: 59_999, reset: "1" },
    { offset: 0, at: 0, reset: "60" },
    { offset: 30_000, at: 0, reset: "30" },
    { offset: 30_000, at: 29_001, reset: "1" },
  ])("Reset with offset $offset at +$at ms is $reset", ({ offset, at, reset }) => {
    const quota = new FixedWindowQuota(offset);
    const decision = quota.take("a", limit, minute + at);
    expect(decision.allowed && decision.headers["RateLimit-Reset"]).toBe(reset);
  });

  it("counts each key apart", () => {
    const quota = new FixedWindowQuota();
    quota.take("a", limit, minute);
    quota.take("a", limit, minute);
    expect(quota.take("a", limit, minute).allowed).toBe(false);
    expect(quota.take("b", limit, minute).allowed).toBe(true);
  });
});
