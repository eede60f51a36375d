/**
 * What a response's `RateLimit-*` headers say about the server's steady window, as Klaviyo documents
 * them on "Rate limits, status codes, and errors"
 * (https://developers.klaviyo.com/en/v2024-10-15/docs/rate_limits_and_error_handling): every response
 * that is not a 429 carries `RateLimit-Limit` (requests allowed per period), `RateLimit-Remaining` and
 * `RateLimit-Reset` (seconds until the window resets), describing the steady (60 s) window, as plain
 * integers. A 429 carries only `Retry-After`.
 *
 * A header that is absent leaves its value undefined, and so does a value that is not what the
 * documentation promises, dropped rather than guessed at: it must never switch pacing off
 * (`Limit: 0`) nor stall it (a `Reset` longer than the window it describes).
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

export function readSteadyQuota(headers: Headers): SteadyQuota {
  const limitValue = readLimit(headers.get("ratelimit-limit")) || undefined;
  const remainingValue = readInteger(headers.get("ratelimit-remaining"));
  const resetValue = readInteger(headers.get("ratelimit-reset"));
  return {
    limit: limitValue,
    remaining:
      remainingValue === undefined ? undefined : Math.min(remainingValue, limitValue ?? Infinity),
    resetSeconds: (resetValue ?? Infinity) <= STEADY_WINDOW_SECONDS ? resetValue : undefined,
  };
}

/**
 * The documented form is one integer. The IETF draft's policy list (`75, 75;w=1, 700;w=60`), which
 * some proxies emit, is read for its 60 s policy.
 */
function readLimit(value: string | null): number | undefined {
  // w=60: the steady window's policy (STEADY_WINDOW_SECONDS)
  const policy = value?.split(",").find((item) => /;\s*w=60\s*(;|$)/.test(item));
  return readInteger(value?.includes(";") ? policy?.split(";")[0] : value);
}

/**
 * Digits only, spaces around them aside: no sign, fraction, exponent or hex, which Number() would
 * accept.
 */
function readInteger(value: string | null | undefined): number | undefined {
  const text = value?.trim() ?? "";
  return /^\d{1,15}$/.test(text) ? Number(text) : undefined;
}
