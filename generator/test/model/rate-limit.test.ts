import { describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { describeRateLimit, parseRateLimit } from "../../src/model/rate-limit.js";

type Raw = Record<string, string> | undefined;

describe("parseRateLimit", () => {
  it.each<{ given: Raw; want: object }>([
    { given: { burst: "75/s", steady: "750/m" }, want: { burst: 75, steady: 750 } },
    {
      given: { burst: "3/s", steady: "60/m", daily: "225/d" },
      want: { burst: 3, steady: 60, daily: 225 },
    },
    { given: { steady: "750/m", burst: "1/s" }, want: { burst: 1, steady: 750 } },
  ])("$given -> $want", ({ given, want }) => {
    expect(parseRateLimit("op", given)).toEqual(want);
  });

  it.each<{ given: Raw; error: string }>([
    { given: undefined, error: "op has no x-klaviyo-ratelimit" },
    { given: { burst: "75/s" }, error: "op: x-klaviyo-ratelimit needs burst and steady" },
    { given: { burst: "75/m", steady: "750/m" }, error: 'op: cannot read burst rate limit "75/m"' },
    { given: { burst: "75/s", steady: "lots" }, error: 'op: cannot read steady rate limit "lots"' },
  ])("$given is refused", ({ given, error }) => {
    expect(() => parseRateLimit("op", given)).toThrow(new UserError(error));
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
