import { SpecError } from "./errors.js";

/** Klaviyo's per-endpoint quota: requests per 1 s (burst), per 60 s (steady) and, for a few endpoints, per day. */
export interface RateLimit {
  burst: number;
  steady: number;
  daily?: number;
}

const windows = { burst: "s", steady: "m", daily: "d" } as const;

/**
 * Reads x-klaviyo-ratelimit ({ burst: "75/s", steady: "750/m", daily?: "225/d" }).
 *
 * A missing or unreadable limit is an error, not a default: Klaviyo documents no single default
 * ("Rate limits for specific endpoints can be found in the API reference for each endpoint", five
 * tiers from 1/s to 350/s, https://developers.klaviyo.com/en/docs/rate_limits_and_error_handling),
 * and every operation of every pinned revision declares one. Guessing a tier would pace a client
 * (or make the mock answer 429) at a rate Klaviyo never stated.
 */
export function parseRateLimit(operationId: string, raw: unknown): RateLimit {
  if (raw === null || typeof raw !== "object") {
    throw new SpecError(`${operationId} has no x-klaviyo-ratelimit`);
  }
  const limits = steadyPerMinute(raw as Record<string, unknown>);
  const parse = (window: keyof typeof windows): number | undefined => {
    const value = limits[window];
    if (value === undefined) return undefined;
    const match = typeof value === "string" ? /^(\d+)\/(\w)$/.exec(value) : null;
    if (!match || match[2] !== windows[window] || Number(match[1]) <= 0) {
      throw new SpecError(`${operationId}: cannot read ${window} rate limit "${String(value)}"`);
    }
    return Number(match[1]);
  };
  const burst = parse("burst");
  const steady = parse("steady");
  if (burst === undefined || steady === undefined) {
    throw new SpecError(`${operationId}: x-klaviyo-ratelimit needs burst and steady`);
  }
  const daily = parse("daily");
  return daily === undefined ? { burst, steady } : { burst, steady, daily };
}

/**
 * Quirk: 2023-09-15 gives the image upload limits a per-day "steady" value ("100/d"). Later
 * revisions state the same limit as steady "100/m" plus daily "100/d"; that is what is meant, and
 * it keeps steady a per-minute figure everywhere.
 */
function steadyPerMinute(raw: Record<string, unknown>): Record<string, unknown> {
  const perDay = typeof raw.steady === "string" ? /^(\d+)\/d$/.exec(raw.steady) : null;
  if (!perDay) return raw;
  return { ...raw, steady: `${perDay[1]}/m`, daily: raw.daily ?? `${perDay[1]}/d` };
}

/** The limit as the spec spells it: { burst: "75/s", steady: "750/m", daily?: "225/d" }. */
export function rateLimitText(limit: RateLimit): { burst: string; steady: string; daily?: string } {
  const text = { burst: `${limit.burst}/s`, steady: `${limit.steady}/m` };
  return limit.daily === undefined ? text : { ...text, daily: `${limit.daily}/d` };
}

/** "burst 75/s, steady 750/m, daily 225/d" */
export function describeRateLimit(limit: RateLimit): string {
  const parts = [`burst ${limit.burst}/s`, `steady ${limit.steady}/m`];
  if (limit.daily !== undefined) parts.push(`daily ${limit.daily}/d`);
  return parts.join(", ");
}
