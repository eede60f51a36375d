import { KlaviyoRateLimitError } from "../errors/api-error.js";
import { sleep } from "../internal/sleep.js";
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

/** What the limiter knows of one key. */
interface KeyState {
  /** the key's requests line up for admission one at a time, in FIFO order */
  line: Semaphore;
  /** the steady limit the server announced; Infinity until it does */
  serverLimit: number;
  /** the admission numbers of requests not yet answered, which the server may not have counted */
  inFlight: Set<number>;
  /**
   * The slowest exchanges in the last minute or so, in two half-minute buckets, the current one
   * begun at `since`: how long a request may take to reach the server, since it arrives before its
   * answer does.
   */
  since: number;
  slowest: number;
  slowestBefore: number;
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
  readonly #keys = new Map<string, KeyState>();
  #admissions = 0;

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
    signal: AbortSignal | undefined,
    endpoint: LimitedEndpoint,
  ): Promise<Release> {
    if (!limit) return this.#slots.acquire(signal);
    const state = this.#state(key);
    // Requests of one operation line up here without a slot, so an operation waiting for its window
    // holds at most one slot and never starves the others.
    const leaveLine = await state.line.acquire(signal);
    try {
      const release = await this.#slots.acquire(signal);
      const margin = this.#marginMs;
      const windows: RateWindow[] = [
        { limit: limit.burst, windowMs: SECOND + margin },
        {
          limit: Math.min(limit.steady, state.serverLimit),
          windowMs: MINUTE + margin,
          // A request sent within its latency of the earliest the server's window can end may land
          // in the next one, so it counts in both. The store narrows where the window ends as the
          // reports come in; the latency is what recent answers took, which a request's arrival
          // cannot exceed.
          aligned: {
            periodMs: MINUTE,
            edgeMs: Math.max(state.slowest, state.slowestBefore) + margin,
          },
        },
      ];
      if (limit.daily !== undefined) windows.push({ limit: limit.daily, windowMs: DAY + margin });
      const admission = ++this.#admissions;
      const ticket = String(admission);
      try {
        let wait;
        while ((wait = await this.#store.acquire(key, windows, ticket)) > 0) {
          // Waits the steady window imposes are pacing itself; only longer ones meet the cap.
          if (wait > Math.max(this.#maxWaitMs, MINUTE + SECOND + margin)) {
            throw quotaPausedError(endpoint, wait, this.#maxWaitMs);
          }
          await sleep(wait, signal);
        }
      } catch (error) {
        release();
        throw error;
      }
      const admittedAt = Date.now();
      state.inFlight.add(admission);
      const settle = () => {
        if (!state.inFlight.delete(admission)) return;
        const now = Date.now();
        if (now - state.since >= SLOWEST_BUCKET_MS) {
          state.slowestBefore = now - state.since >= 2 * SLOWEST_BUCKET_MS ? 0 : state.slowest;
          state.slowest = 0;
          state.since = now;
        }
        state.slowest = Math.max(state.slowest, now - admittedAt);
        this.#quietly(() => this.#store.settle?.(key, windows, ticket));
        release();
      };
      return Object.assign(settle, { admission, admittedAt });
    } finally {
      leaveLine();
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
    const state = this.#state(key);
    const quota = readSteadyQuota(headers);
    state.serverLimit = quota.limit ?? state.serverLimit;
    if (quota.remaining !== undefined && quota.resetSeconds !== undefined) {
      const steady = Math.min(limit?.steady ?? Infinity, state.serverLimit);
      const endsWithinMs = quota.resetSeconds * SECOND;
      if (this.#store.learn && steady < Infinity) {
        // Requests of ours the server may not have counted when it answered: those sent after the
        // answered one and still in flight. Taking every request in flight off what is left would
        // count twice those already counted, a few every window with dozens in flight, and a
        // window's last requests decide whether a bulk sync needs one more minute. One sent earlier
        // is taken to be counted: if it was overtaken, it is still in the store's own count of what
        // it admitted, which what the server says only ever raises.
        let uncounted = 0;
        for (const admission of state.inFlight) {
          if (admission > (answered?.admission ?? 0)) uncounted++;
        }
        const admittedAt = answered?.admittedAt;
        const report = {
          periodMs: MINUTE,
          limit: steady,
          endsWithinMs,
          // Reset rounds up to whole seconds, and the server read its clock no sooner than the
          // request was admitted: so the window ends no sooner than this.
          endsAfterMs:
            admittedAt === undefined
              ? undefined
              : endsWithinMs - RESET_ROUNDING_MS - (Date.now() - admittedAt),
          remaining: Math.max(0, quota.remaining - uncounted),
          ticket: answered?.admission?.toString(),
        };
        this.#quietly(() => this.#store.learn?.(key, report));
      } else if (quota.remaining === 0) {
        this.#quietly(() => this.#store.pause(key, endsWithinMs));
      }
    }
    // Capped at a day, the longest window Klaviyo counts; longer waits fail fast on acquire anyway.
    if (retryAfterMs !== undefined) {
      this.#quietly(() => this.#store.pause(key, Math.min(retryAfterMs, DAY)));
    }
  }

  #state(key: string): KeyState {
    let state = this.#keys.get(key);
    if (!state) {
      state = {
        line: new Semaphore(1),
        serverLimit: Infinity,
        inFlight: new Set(),
        // As if a second-long exchange had been timed long ago: until one is, the latency allowed
        // is a second.
        since: -Infinity,
        slowest: SECOND,
        slowestBefore: 0,
      };
      this.#keys.set(key, state);
    }
    return state;
  }

  /**
   * A failing store surfaces on the next acquire, which every request goes through; one that throws
   * at once fails the same way, never the release or observe that called it.
   */
  #quietly(call: () => void | Promise<void>): void {
    (async () => call())().catch(() => undefined);
  }
}

function quotaPausedError(endpoint: LimitedEndpoint, waitMs: number, maxWaitMs: number) {
  const resetsAt = new Date(Date.now() + waitMs).toISOString();
  return new KlaviyoRateLimitError(
    {
      status: 429,
      errors: [],
      operationId: endpoint.id,
      method: endpoint.method,
      path: endpoint.path,
      retryAfterMs: waitMs,
    },
    ` (not sent: the quota resets at ${resetsAt}, beyond retry.maxDelayMs, ${maxWaitMs} ms)`,
  );
}
