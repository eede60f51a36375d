import type { Operation, RateLimit } from "./spec/operations.js";

export interface RateLimitOptions {
  /** false disables limiting; default true. */
  enabled?: boolean;
  /** Per operationId overrides of the spec's x-klaviyo-ratelimit, e.g. { get_profiles: { burst: 2 } }. */
  operations?: Readonly<Record<string, Partial<RateLimit>>>;
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
 * Klaviyo's fixed windows (1 s burst, 60 s steady, 1 day for a few endpoints), counted per
 * caller and per operation. Rejected requests do not count, as they were not processed.
 */
export class RateLimiter {
  readonly #counters = new Map<string, Counter>();

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number,
  ) {}

  limitFor(operation: Operation): RateLimit {
    return { ...operation.rateLimit, ...this.options.operations?.[operation.id] };
  }

  take(identity: string, operation: Operation): RateLimitDecision {
    const limit = this.limitFor(operation);
    const now = this.now();
    const active = WINDOWS.filter((w) => limit[w.name] !== undefined);
    const counters = active.map((window) => {
      const key = `${identity}\u0000${operation.id}\u0000${window.name}`;
      const start = Math.floor(now / window.ms) * window.ms;
      let counter = this.#counters.get(key);
      if (!counter || counter.start !== start) {
        counter = { start, count: 0 };
        this.#counters.set(key, counter);
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
    // Klaviyo's headers describe the steady window.
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
