import type { Operation, RateLimit } from "./spec/operations.js";

export interface RateLimitOptions {
  /** false disables limiting; default true. */
  enabled?: boolean;
  /** Per operationId overrides of the spec's x-klaviyo-ratelimit, e.g. { get_profiles: { burst: 2 } }. */
  operations?: Readonly<Record<string, Partial<RateLimit>>>;
  /**
   * Where the windows start, in ms after the clock's whole second and minute (0 to 59 999). Klaviyo's
   * window boundaries are its own, not the caller's; default 0.
   */
  windowOffsetMs?: number;
}

export type RateLimitDecision =
  | { allowed: true; headers: Record<string, string> }
  | { allowed: false; retryAfterSeconds: number };

interface Window {
  name: keyof RateLimit;
  ms: number;
}

const WINDOWS: readonly Window[] = [
  { name: "burst", ms: 1_000 },
  { name: "steady", ms: 60_000 },
  { name: "daily", ms: 86_400_000 },
];

interface Counter {
  start: number;
  count: number;
}

/**
 * Klaviyo's fixed windows (1 s burst, 60 s steady, 1 day for a few endpoints) for any number of
 * quotas, each named by a key (Klaviyo's: account and endpoint). Rejected requests do not count, as
 * they were not processed. Answers as "Rate limits, status codes, and errors" documents
 * (https://developers.klaviyo.com/en/v2024-10-15/docs/rate_limits_and_error_handling): an admitted
 * request gets `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` (whole seconds until the
 * window resets) for the steady window, as plain integers; a refused one only `Retry-After`.
 * The benchmarks' loopback server counts with this class too, so both speak the same.
 */
export class FixedWindowQuota {
  readonly #counters = new Map<string, Counter>();
  readonly #offsetMs: number;

  constructor(offsetMs = 0) {
    this.#offsetMs = offsetMs;
  }

  take(key: string, limit: RateLimit, now: number): RateLimitDecision {
    const active = WINDOWS.filter((w) => limit[w.name] !== undefined);
    const counters = active.map((window) => {
      const id = `${key}\u0000${window.name}`;
      const start = Math.floor((now - this.#offsetMs) / window.ms) * window.ms + this.#offsetMs;
      let counter = this.#counters.get(id);
      if (!counter || counter.start !== start) {
        counter = { start, count: 0 };
        this.#counters.set(id, counter);
      }
      return { window, counter, max: limit[window.name] as number };
    });
    const exceeded = counters.filter(({ counter, max }) => counter.count >= max);
    if (exceeded.length > 0) {
      const waitMs = Math.max(
        ...exceeded.map(({ window, counter }) => counter.start + window.ms - now),
      );
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    }
    for (const { counter } of counters) counter.count++;
    const steady = counters.find(({ window }) => window.name === "steady");
    if (!steady) return { allowed: true, headers: {} };
    return {
      allowed: true,
      headers: {
        "RateLimit-Limit": String(steady.max),
        "RateLimit-Remaining": String(Math.max(0, steady.max - steady.counter.count)),
        "RateLimit-Reset": String(
          Math.ceil((steady.counter.start + steady.window.ms - now) / 1000),
        ),
      },
    };
  }

  reset(): void {
    this.#counters.clear();
  }
}

/** The mock's quotas: per caller and per operation, with the spec's limits unless overridden. */
export class RateLimiter {
  readonly #quota: FixedWindowQuota;

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number,
  ) {
    this.#quota = new FixedWindowQuota(options.windowOffsetMs);
  }

  limitFor(operation: Operation): RateLimit {
    return { ...operation.rateLimit, ...this.options.operations?.[operation.id] };
  }

  take(identity: string, operation: Operation): RateLimitDecision {
    return this.#quota.take(
      `${identity}\u0000${operation.id}`,
      this.limitFor(operation),
      this.now(),
    );
  }

  reset(): void {
    this.#quota.reset();
  }
}
