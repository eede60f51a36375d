import { describe, expect, it } from "vitest";
import { SpecError } from "../src/errors.js";
import { describeRateLimit, parseRateLimit, rateLimitText } from "../src/rate-limit.js";

type Raw = Record<string, unknown> | undefined;

describe("parseRateLimit", () => {
  it.each<{ given: Raw; want: object }>([
    { given: { burst: "75/s", steady: "750/m" }, want: { burst: 75, steady: 750 } },
    {
      given: { burst: "3/s", steady: "60/m", daily: "225/d" },
      want: { burst: 3, steady: 60, daily: 225 },
    },
    { given: { steady: "750/m", burst: "1/s" }, want: { burst: 1, steady: 750 } },
    // 2023-09-15's image upload limits: a per-day steady value means steady per minute plus daily.
    { given: { burst: "3/s", steady: "100/d" }, want: { burst: 3, steady: 100, daily: 100 } },
    {
      given: { burst: "3/s", steady: "100/d", daily: "200/d" },
      want: { burst: 3, steady: 100, daily: 200 },
    },
  ])("$given -> $want", ({ given, want }) => {
    expect(parseRateLimit("op", given)).toEqual(want);
  });

  it.each<{ given: Raw; error: string }>([
    { given: undefined, error: "op has no x-klaviyo-ratelimit" },
    { given: { burst: "75/s" }, error: "op: x-klaviyo-ratelimit needs burst and steady" },
    { given: { burst: "75/m", steady: "750/m" }, error: 'op: cannot read burst rate limit "75/m"' },
    { given: { burst: "75/s", steady: "lots" }, error: 'op: cannot read steady rate limit "lots"' },
    { given: { burst: "0/s", steady: "60/m" }, error: 'op: cannot read burst rate limit "0/s"' },
    { given: { burst: 75, steady: "60/m" }, error: 'op: cannot read burst rate limit "75"' },
  ])("$given is refused", ({ given, error }) => {
    expect(() => parseRateLimit("op", given)).toThrow(new SpecError(error));
  });
});

describe("describeRateLimit", () => {
  it.each([
    { given: { burst: 75, steady: 750 }, want: "burst 75/s, steady 750/m" },
    { given: { burst: 3, steady: 60, daily: 225 }, want: "burst 3/s, steady 60/m, daily 225/d" },
  ])("$want", ({ given, want }) => {
    expect(describeRateLimit(given)).toBe(want);
  });
});

describe("rateLimitText", () => {
  it("spells a limit as the spec does", () => {
    expect(rateLimitText({ burst: 3, steady: 60, daily: 225 })).toEqual({
      burst: "3/s",
      steady: "60/m",
      daily: "225/d",
    });
    expect(rateLimitText({ burst: 75, steady: 750 })).toEqual({ burst: "75/s", steady: "750/m" });
  });
});
