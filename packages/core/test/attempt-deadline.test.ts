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
  test("while answers are prompt, fetch is given no signal, or one following the caller's", async () => {
    const { fetch, klaviyo } = client([prompt, hanging]);
    await settle(getProfile(klaviyo, { id: "p1" }));
    expect(fetch.calls[0]!.signal).toBeUndefined();

    const caller = new AbortController();
    const pending = getProfile(klaviyo, { id: "p1" }, { signal: caller.signal, timeoutMs: 0 });
    const failed = pending.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(10);
    const given = fetch.calls[1]!.signal!;
    expect(given).not.toBe(caller.signal);
    caller.abort(new Error("user gave up"));
    expect(given.aborted).toBe(true);
    expect(await failed).toEqual(new Error("user gave up"));
  });

  test("a caller's signal shared by a thousand calls only ever holds one listener", async () => {
    const { klaviyo } = client([prompt]);
    const caller = new AbortController();
    const added = vi.spyOn(caller.signal, "addEventListener");
    for (let i = 0; i < 1000; i++) {
      await getProfile(klaviyo, { id: "p1" }, { signal: caller.signal });
    }
    expect(added).toHaveBeenCalledTimes(1);
  });

  test("an attempt that times out fails at its deadline and arms the ones after it", async () => {
    const { fetch, klaviyo } = client([hanging]);
    const first = await settle(getProfile(klaviyo, { id: "p1" }));
    expect(first.error).toBeInstanceOf(KlaviyoTimeoutError);
    expect(fetch.calls[0]!.signal).toBeUndefined();

    const second = getProfile(klaviyo, { id: "p1" }).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(99);
    const armed = fetch.calls[1]!.signal!;
    expect(armed.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(armed.aborted).toBe(true);
    expect(await second).toBeInstanceOf(KlaviyoTimeoutError);
  });

  test("an answer in half the timeout or more arms too; five quiet minutes disarm", async () => {
    const { fetch, klaviyo } = client([answerAfter(49), answerAfter(50), prompt]);
    await settle(getProfile(klaviyo, { id: "p1" }));
    await settle(getProfile(klaviyo, { id: "p1" }));
    await settle(getProfile(klaviyo, { id: "p1" }));
    vi.advanceTimersByTime(5 * 60_000);
    await settle(getProfile(klaviyo, { id: "p1" }));
    expect(fetch.calls.map((call) => call.signal !== undefined)).toEqual([
      false,
      false,
      true,
      false,
    ]);
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
    const { fetch, klaviyo } = client([answerAfter(100), hanging], { timeoutMs: 1000 });
    await settle(getProfile(klaviyo, { id: "p1" }, { timeoutMs: 100 }));
    const caller = new AbortController();
    const added = vi.spyOn(caller.signal, "addEventListener");
    const calls = Array.from({ length: 50 }, () =>
      getProfile(klaviyo, { id: "p1" }, { signal: caller.signal }).catch((error: unknown) => error),
    );
    await vi.advanceTimersByTimeAsync(10);
    expect(fetch.calls.slice(1).every((call) => call.signal && call.signal !== caller.signal)).toBe(
      true,
    );
    expect(added).toHaveBeenCalledTimes(1);
    caller.abort(new Error("user gave up"));
    expect(await Promise.all(calls)).toEqual(Array(50).fill(new Error("user gave up")));
  });
});
