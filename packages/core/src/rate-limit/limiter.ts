import { KlaviyoRateLimitError } from "../errors/api-error.js";
import { abortable, sleep } from "../internal/sleep.js";
import type { HttpMethod, RateLimit } from "../operation/meta.js";
import { MemoryRateLimitStore, RESET_ROUNDING_MS } from "./memory-store.js";
import { Semaphore } from "./semaphore.js";
import { readSteadyQuota, STEADY_WINDOW_SECONDS } from "./server-headers.js";
import type { RateLimitStore, RateWindow } from "./store.js";

export interface LimiterOptions {
  store?: RateLimitStore;
  maxConcurrency?: number;
  marginMs?: number;
  /**
   * the longest wait for admission beyond the steady window's own; a longer one (a server-imposed
   * pause, a daily quota) fails fast with KlaviyoRateLimitError instead of queueing; default 60 s
   */
  maxWaitMs?: number;
}

/**
 * Ends a request's hold on its slot and windows, once its exchange settled; `admission` orders the
 * requests of a limited operation (absent for one without limits).
 */
export interface Release {
  (): void;
  readonly admission?: number;
  /** Date.now() when the request was admitted */
  readonly admittedAt?: number;
}

/**
 * The slowest exchanges of one key in the last minute or so, in two half-minute buckets: how long a
 * request may take to reach the server, since it arrives before its answer does.
 */
interface Slowest {
  since: number;
  current: number;
  previous: number;
}

const SLOWEST_BUCKET_MS = 30_000;

/** The endpoint a request goes to, named in the error when its quota resets too late. */
export interface LimitedEndpoint {
  readonly id: string | undefined;
  readonly method: HttpMethod;
  readonly path: string;
}

const SECOND = 1_000;
const MINUTE = STEADY_WINDOW_SECONDS * SECOND;
const DAY = 86_400_000;

/**
 * Paces requests before they are sent: a concurrency slot first, then admission into the operation's
 * burst, steady and daily windows. The slot is taken first so a request is sent the moment it is
 * admitted; admitting early and sending late would bunch requests into the server's next window.
 * Each operation admits in FIFO order.
 *
 * The steady window follows the server: Klaviyo's `RateLimit-Remaining` and `RateLimit-Reset` say
 * how much of its current fixed window is left and when it ends, so the store spends what is left and
 * opens the next window's quota at the server's boundary. The burst window (1 s) is not described by
 * any header and stays counted here, any-stretch.
 */
export class RateLimiter {
  readonly #store: RateLimitStore;
  readonly #slots: Semaphore;
  readonly #marginMs: number;
  readonly #maxWaitMs: number;
  /** steady limit per key, where the server announced a lower one than the spec's */
  readonly #serverLimits = new Map<string, number>();
  /** per key, the admission numbers of requests not yet answered, which the server may not have counted */
  readonly #inFlight = new Map<string, Set<number>>();
  #admissions = 0;
  readonly #slowest = new Map<string, Slowest>();
  /** per key, the promise the next request in line waits for, so each key admits in FIFO order */
  readonly #queues = new Map<string, Promise<void>>();

  constructor(options: LimiterOptions = {}) {
    this.#store = options.store ?? new MemoryRateLimitStore();
    this.#slots = new Semaphore(options.maxConcurrency ?? 32);
    this.#marginMs = options.marginMs ?? 100;
    this.#maxWaitMs = options.maxWaitMs ?? 60_000;
  }

  /** Resolves with a release function once the request may be sent. */
  async acquire(
    key: string,
    limit: RateLimit | undefined,
    signal?: AbortSignal,
    endpoint?: LimitedEndpoint,
  ): Promise<Release> {
    if (!limit) return this.#slots.acquire(signal);
    // Requests of one operation line up here without a slot, so an operation waiting for its window
    // holds at most one slot and never starves the others.
    const ahead = this.#queues.get(key);
    let done!: () => void;
    const mine = new Promise<void>((resolve) => (done = resolve));
    this.#queues.set(key, mine);
    try {
      if (ahead) await abortable(ahead, signal);
      const release = await this.#slots.acquire(signal);
      const windows = this.#windows(key, limit);
      const admission = ++this.#admissions;
      const ticket = String(admission);
      try {
        await this.#admit(key, windows, ticket, signal, endpoint);
      } catch (error) {
        release();
        throw error;
      }
      const admittedAt = Date.now();
      const inFlight = this.#inFlight.get(key) ?? new Set<number>();
      this.#inFlight.set(key, inFlight.add(admission));
      let released = false;
      const settle = () => {
        if (released) return;
        released = true;
        this.#timed(key, Date.now() - admittedAt);
        inFlight.delete(admission);
        if (inFlight.size === 0 && this.#inFlight.get(key) === inFlight) this.#inFlight.delete(key);
        if (this.#store.settle) this.#quietly(this.#store.settle(key, windows, ticket));
        release();
      };
      return Object.assign(settle, { admission, admittedAt });
    } finally {
      done();
      if (this.#queues.get(key) === mine) this.#queues.delete(key);
    }
  }

  /**
   * Learns from a response (after its release): where the server's steady window ends and how much
   * of it is left, a lower quota than the spec's, or a 429's Retry-After. `answered` is what acquire
   * returned for the request this response answers.
   */
  observe(
    key: string,
    headers: Headers,
    retryAfterMs: number | undefined,
    limit?: RateLimit,
    answered?: Release,
  ): void {
    const quota = readSteadyQuota(headers);
    if (quota?.limit !== undefined) this.#serverLimits.set(key, quota.limit);
    if (quota?.remaining !== undefined && quota.resetSeconds !== undefined) {
      const steady = Math.min(limit?.steady ?? Infinity, this.#serverLimits.get(key) ?? Infinity);
      const remaining = Math.max(0, quota.remaining - this.#uncounted(key, answered));
      const endsWithinMs = quota.resetSeconds * SECOND;
      if (this.#store.learn && Number.isFinite(steady)) {
        // Reset rounds up to whole seconds, and the server read its clock no sooner than the
        // request was admitted: so the window ends no sooner than this.
        const endsAfterMs =
          answered?.admittedAt === undefined
            ? undefined
            : endsWithinMs - RESET_ROUNDING_MS - (Date.now() - answered.admittedAt);
        this.#quietly(
          this.#store.learn(key, {
            periodMs: MINUTE,
            limit: steady,
            endsWithinMs,
            remaining,
            ...(endsAfterMs !== undefined && { endsAfterMs }),
            ...(answered?.admission !== undefined && { ticket: String(answered.admission) }),
          }),
        );
      } else if (quota.remaining === 0) {
        this.#quietly(this.#store.pause(key, endsWithinMs));
      }
    }
    // Capped at a day, the longest window Klaviyo counts; longer waits fail fast on acquire anyway.
    if (retryAfterMs !== undefined)
      this.#quietly(this.#store.pause(key, Math.min(retryAfterMs, DAY)));
  }

  /**
   * Requests of ours the server may not have counted when it answered: those sent after the answered
   * one and still in flight. Taking every request in flight off what is left would count twice those
   * already counted, a few every window with dozens in flight, and a window's last requests decide
   * whether a bulk sync needs one more minute. One sent earlier is taken to be counted: if it was
   * overtaken, it is still in the store's own count of what it admitted, which what the server says
   * only ever raises.
   */
  #uncounted(key: string, answered: Release | undefined): number {
    const inFlight = this.#inFlight.get(key);
    if (!inFlight) return 0;
    if (answered?.admission === undefined) return inFlight.size;
    let after = 0;
    for (const admission of inFlight) if (admission > answered.admission) after++;
    return after;
  }

  #timed(key: string, ms: number): void {
    const now = Date.now();
    let slowest = this.#slowest.get(key);
    if (!slowest) this.#slowest.set(key, (slowest = { since: now, current: 0, previous: 0 }));
    if (now - slowest.since >= SLOWEST_BUCKET_MS) {
      slowest.previous = now - slowest.since >= 2 * SLOWEST_BUCKET_MS ? 0 : slowest.current;
      slowest.current = 0;
      slowest.since = now;
    }
    slowest.current = Math.max(slowest.current, ms);
  }

  /** The longest a request of `key` has recently taken to be answered; a second before any was. */
  #latencyAllowance(key: string): number {
    const slowest = this.#slowest.get(key);
    return slowest ? Math.max(slowest.current, slowest.previous) : SECOND;
  }

  /** A failing store surfaces on the next acquire, which every request goes through. */
  #quietly(promise: Promise<void>): void {
    promise.catch(() => undefined);
  }

  #windows(key: string, limit: RateLimit): RateWindow[] {
    const steady = Math.min(limit.steady, this.#serverLimits.get(key) ?? Infinity);
    const windows: RateWindow[] = [
      { limit: limit.burst, windowMs: SECOND + this.#marginMs },
      {
        limit: steady,
        windowMs: MINUTE + this.#marginMs,
        // A request sent within its latency of the earliest the server's window can end may land
        // in the next one, so it counts in both. The store narrows where the window ends as the
        // reports come in; the latency is what recent answers took, which a request's arrival
        // cannot exceed.
        aligned: { periodMs: MINUTE, edgeMs: this.#latencyAllowance(key) + this.#marginMs },
      },
    ];
    if (limit.daily !== undefined)
      windows.push({ limit: limit.daily, windowMs: DAY + this.#marginMs });
    return windows;
  }

  async #admit(
    key: string,
    windows: RateWindow[],
    ticket: string,
    signal?: AbortSignal,
    endpoint?: LimitedEndpoint,
  ): Promise<void> {
    // Waits the steady window imposes are pacing itself; only longer ones meet the cap.
    const longestPacingWait = MINUTE + SECOND + this.#marginMs;
    for (;;) {
      const wait = await this.#store.acquire(key, windows, ticket);
      if (wait <= 0) return;
      if (wait > Math.max(this.#maxWaitMs, longestPacingWait)) {
        throw quotaPausedError(key, endpoint, wait, this.#maxWaitMs);
      }
      await sleep(wait, signal);
    }
  }
}

function quotaPausedError(
  key: string,
  endpoint: LimitedEndpoint | undefined,
  waitMs: number,
  maxWaitMs: number,
) {
  const [method, path] = key.split(" ");
  const resetsAt = new Date(Date.now() + waitMs).toISOString();
  return new KlaviyoRateLimitError(
    {
      status: 429,
      errors: [],
      operationId: endpoint?.id,
      method: endpoint?.method ?? (method as HttpMethod),
      path: endpoint?.path ?? path ?? key,
      retryAfterMs: waitMs,
    },
    ` (not sent: the quota resets at ${resetsAt}, in ${Math.ceil(waitMs / SECOND)} s, ` +
      `longer than retry.maxDelayMs allows, ${maxWaitMs} ms)`,
  );
}
