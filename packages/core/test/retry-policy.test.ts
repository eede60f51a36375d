import { afterEach, describe, expect, test, vi } from "vitest";
import { isRetryable, type AttemptOutcome } from "../src/retry/policy.js";
import { parseRetryAfter } from "../src/retry/retry-after.js";
import { nextRetryDelay } from "../src/retry/schedule.js";
import type { HttpMethod } from "../src/index.js";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("isRetryable", () => {
  // { sent: true } is a timeout or an error after the request went out; { sent: false } a
  // connection that never opened.
  const cases: [HttpMethod, AttemptOutcome, boolean | undefined, boolean][] = [
    ["GET", { status: 429 }, false, true],
    ["POST", { status: 429 }, false, true],
    ["POST", { status: 503 }, false, true],
    ["POST", { status: 500 }, false, false],
    ["POST", { status: 524 }, false, false],
    ["POST", { status: 500 }, true, true],
    ["GET", { status: 500 }, false, true],
    ["PUT", { status: 502 }, false, true],
    ["PATCH", { status: 524 }, false, true],
    ["DELETE", { status: 504 }, false, true],
    ["GET", { status: 400 }, false, false],
    ["GET", { status: 404 }, false, false],
    ["GET", { status: 409 }, true, false],
    // a timeout counts as sent: the server may have acted on it
    ["GET", { sent: true }, false, true],
    ["POST", { sent: true }, false, false],
    ["POST", { sent: true }, true, true],
    ["POST", { sent: false }, false, true],
  ];
  test.each(cases)("%s %o (idempotent %s) -> %s", (method, outcome, idempotent, want) => {
    expect(isRetryable(method, outcome, idempotent)).toBe(want);
  });
});

describe("nextRetryDelay's backoff", () => {
  const settings = { maxRetries: 20, baseDelayMs: 500, maxDelayMs: 5000, budgetMs: 1e9 };
  const cases: [retries: number, random: number, want: number][] = [
    [0, 0.5, 250],
    [1, 0.5, 500],
    [3, 0.999, 3996],
    [10, 0.5, 2500],
    [4, 0, 0],
  ];
  test.each(cases)("after %i retries, random %d waits %i ms", (retries, random, want) => {
    expect(nextRetryDelay(settings, { retries, waitedMs: 0 }, undefined, () => random)).toBe(want);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-01-01T00:00:00Z");
  const cases: [string | null, number | undefined][] = [
    [null, undefined],
    ["3", 3000],
    [" 0.5 ", 500],
    ["Thu, 01 Jan 2026 00:00:07 GMT", 7000],
    ["Wed, 31 Dec 2025 23:59:00 GMT", 0],
    ["soon", undefined],
    ["-1", undefined],
  ];
  test.each(cases)("%s -> %s", (value, want) => {
    expect(parseRetryAfter(value, now)).toBe(want);
  });
});

describe("nextRetryDelay", () => {
  const settings = { maxRetries: 3, baseDelayMs: 100, maxDelayMs: 1000, budgetMs: 1500 };
  const cases: [
    string,
    { retries: number; waitedMs: number },
    number | undefined,
    number | undefined,
  ][] = [
    ["first retry backs off", { retries: 0, waitedMs: 0 }, undefined, 50],
    ["third retry backs off more", { retries: 2, waitedMs: 0 }, undefined, 200],
    ["Retry-After wins over backoff", { retries: 0, waitedMs: 0 }, 700, 700],
    ["no retries left", { retries: 3, waitedMs: 0 }, undefined, undefined],
    ["Retry-After beyond the per-wait cap stops", { retries: 0, waitedMs: 0 }, 1001, undefined],
    ["a wait past the budget stops", { retries: 1, waitedMs: 1000 }, 600, undefined],
    ["a wait up to the budget goes", { retries: 1, waitedMs: 900 }, 600, 600],
  ];
  test.each(cases)("%s", (_, spent, retryAfterMs, want) => {
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    expect(nextRetryDelay(settings, spent, retryAfterMs)).toBe(want);
  });
});
