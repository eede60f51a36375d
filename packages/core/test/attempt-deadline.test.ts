import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { KlaviyoTimeoutError, type KlaviyoOptions } from "../src/index.js";
import { getProfile } from "./fixtures/profiles-client.js";
import { hangingFetch, json, type Reply } from "./helpers/fake-fetch.js";
import { settle, testClient } from "./helpers/test-client.js";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const profile = { data: { type: "profile", id: "p1", attributes: {}, links: { self: "x" } } };
const prompt: Reply = () => json(200, profile);
const hanging: Reply = (call) => hangingFetch(call.url, { signal: call.signal ?? null });
/** Answers after `ms`, ignoring any signal, as a server that is merely slow does. */
const answerAfter =
  (ms: number, reply: () => Response | Error = () => json(200, profile)): Reply =>
  () =>
    new Promise((resolve, reject) =>
      setTimeout(() => {
        const answer = reply();
        if (answer instanceof Error) reject(answer);
        else resolve(answer);
      }, ms),
    );

const client = (replies: Reply[], options: Partial<KlaviyoOptions> = {}) =>
  testClient(replies, { retry: false, timeoutMs: 100, ...options });

describe("attempt deadlines", () => {
  test("every attempt hands fetch a signal that aborts at its deadline", async () => {
    const { fetch, klaviyo } = client([prompt, hanging]);
    await settle(getProfile(klaviyo, { id: "p1" }));
    const first = fetch.calls[0]!.signal!;
    expect(first).toBeInstanceOf(AbortSignal);
    await vi.advanceTimersByTimeAsync(1000);
    expect(first.aborted).toBe(false);

    const second = getProfile(klaviyo, { id: "p1" }).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(99);
    const armed = fetch.calls[1]!.signal!;
    expect(armed.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(armed.aborted).toBe(true);
    expect(await second).toBeInstanceOf(KlaviyoTimeoutError);
  });

  test("a caller's signal is followed, not handed to fetch, and aborts it", async () => {
    const { fetch, klaviyo } = client([hanging]);
    const caller = new AbortController();
    const pending = getProfile(klaviyo, { id: "p1" }, { signal: caller.signal, timeoutMs: 0 });
    const failed = pending.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(10);
    const given = fetch.calls[0]!.signal!;
    expect(given).not.toBe(caller.signal);
    caller.abort(new Error("user gave up"));
    expect(given.aborted).toBe(true);
    expect(await failed).toEqual(new Error("user gave up"));
  });

  test("a timed-out attempt holds its concurrency slot until its fetch settles", async () => {
    const { fetch, klaviyo } = client([answerAfter(150), prompt], {
      rateLimit: { maxConcurrency: 1 },
    });
    const late = getProfile(klaviyo, { id: "p1" }).catch((error: unknown) => error);
    const next = getProfile(klaviyo, { id: "p2" });
    await vi.advanceTimersByTimeAsync(100);
    expect(await late).toBeInstanceOf(KlaviyoTimeoutError);
    // The first fetch ignored its signal and still holds its socket: the second waits for it.
    await vi.advanceTimersByTimeAsync(40);
    expect(fetch.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(10);
    expect(fetch.calls).toHaveLength(2);
    await expect(next).resolves.toEqual(profile);
  });

  test("a late answer or failure after an unarmed timeout is dropped", async () => {
    const unhandled = vi.fn();
    process.on("unhandledRejection", unhandled);
    try {
      const { klaviyo } = client([
        answerAfter(150),
        answerAfter(150, () => new TypeError("fetch failed")),
      ]);
      const late = await settle(getProfile(klaviyo, { id: "p1" }));
      expect(late.error).toBeInstanceOf(KlaviyoTimeoutError);
      const { error } = await settle(getProfile(klaviyo, { id: "p1" }, { timeoutMs: 1000 }));
      expect(error).toMatchObject({ name: "KlaviyoConnectionError" });
      await vi.runAllTimersAsync();
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off("unhandledRejection", unhandled);
    }
  });

  test("fifty calls sharing a caller's signal add one listener to it, and all abort with it", async () => {
    const { fetch, klaviyo } = client([hanging], { timeoutMs: 1000 });
    const caller = new AbortController();
    const added = vi.spyOn(caller.signal, "addEventListener");
    const calls = Array.from({ length: 50 }, () =>
      getProfile(klaviyo, { id: "p1" }, { signal: caller.signal }).catch((error: unknown) => error),
    );
    await vi.advanceTimersByTimeAsync(10);
    expect(fetch.calls.every((call) => call.signal && call.signal !== caller.signal)).toBe(true);
    expect(added).toHaveBeenCalledTimes(1);
    caller.abort(new Error("user gave up"));
    expect(await Promise.all(calls)).toEqual(Array(50).fill(new Error("user gave up")));
  });

  test("calls queued behind a slow one in the limiter add one listener to their shared signal", async () => {
    const { klaviyo } = client([hanging], { rateLimit: { maxConcurrency: 1 }, timeoutMs: 0 });
    const caller = new AbortController();
    const added = vi.spyOn(caller.signal, "addEventListener");
    const calls = Array.from({ length: 50 }, (_, i) =>
      getProfile(klaviyo, { id: `p${i}` }, { signal: caller.signal }).catch((e: unknown) => e),
    );
    await vi.advanceTimersByTimeAsync(10);
    expect(added).toHaveBeenCalledTimes(1);
    caller.abort(new Error("shutting down"));
    expect(await Promise.all(calls)).toEqual(Array(50).fill(new Error("shutting down")));
  });
});
