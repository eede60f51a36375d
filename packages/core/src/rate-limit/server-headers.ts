/**
 * What a response's `RateLimit-*` headers say about the server's steady window, as Klaviyo documents
 * them on "Rate limits, status codes, and errors"
 * (https://developers.klaviyo.com/en/v2024-10-15/docs/rate_limits_and_error_handling): every response
 * that is not a 429 carries `RateLimit-Limit` (requests allowed per period), `RateLimit-Remaining` and
 * `RateLimit-Reset` (seconds until the window resets), describing the steady (60 s) window, as plain
 * integers. A 429 carries only `Retry-After`.
 *
 * A value that is not what the documentation promises is dropped rather than guessed at: it must
 * never switch pacing off (`Limit: 0`) nor stall it (a `Reset` longer than the window it describes).
 */
export interface SteadyQuota {
  /** requests allowed per steady window; a positive integer */
  limit: number | undefined;
  /** requests that still fit in the current steady window; never above `limit` */
  remaining: number | undefined;
  /** whole seconds until the current steady window ends; at most the window's length */
  resetSeconds: number | undefined;
}

/** Klaviyo's steady window, the one the headers describe. */
export const STEADY_WINDOW_SECONDS = 60;

export function readSteadyQuota(headers: Headers): SteadyQuota | undefined {
  const limit = headers.get("ratelimit-limit");
  const remaining = headers.get("ratelimit-remaining");
  const reset = headers.get("ratelimit-reset");
  if (limit === null && remaining === null && reset === null) return undefined;
  const limitValue = readLimit(limit);
  const remainingValue = readInteger(remaining);
  const resetValue = readInteger(reset);
  return {
    limit: limitValue !== undefined && limitValue > 0 ? limitValue : undefined,
    remaining:
      remainingValue !== undefined && limitValue
        ? Math.min(remainingValue, limitValue)
        : remainingValue,
    resetSeconds:
      resetValue !== undefined && resetValue <= STEADY_WINDOW_SECONDS ? resetValue : undefined,
  };
}

/**
 * The documented form is one integer. The IETF draft's policy list (`75, 75;w=1, 700;w=60`), which
 * some proxies emit, is read for its 60 s policy.
 */
function readLimit(value: string | null): number | undefined {
  if (value === null || !value.includes(";")) return readInteger(value);
  for (const item of value.split(",")) {
    const [quota, ...params] = item.split(";").map((part) => part.trim());
    if (params.includes(`w=${STEADY_WINDOW_SECONDS}`)) return readInteger(quota ?? null);
  }
  return undefined;
}

function readInteger(value: string | null): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  // Digits only: no sign, fraction, exponent or hex, which Number() would accept.
  if (!/^\d{1,15}$/.test(text)) return undefined;
  return Number(text);
}
