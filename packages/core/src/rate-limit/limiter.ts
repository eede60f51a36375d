import { abortable, sleep } from "../internal/sleep.js";
import type { RateLimit } from "../operation/meta.js";
import { MemoryRateLimitStore } from "./memory-store.js";
import { Semaphore } from "./semaphore.js";
import { readServerQuota } from "./server-headers.js";
import type { RateLimitStore, RateWindow } from "./store.js";

export interface LimiterOptions {
  store?: RateLimitStore;
  maxConcurrency?: number;
  marginMs?: number;
}

const SECOND = 1_000;
const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * Paces requests before they are sent: a concurrency slot first, then admission into the operation's
 * burst, steady and daily windows. The slot is taken first so a request is sent the moment it is
 * admitted; admitting early and sending late would bunch requests into the server's next window.
 * Each operation admits in FIFO order.
 */
export class RateLimiter {
  readonly #store: RateLimitStore;
  readonly #slots: Semaphore;
  readonly #marginMs: number;
  /** window lengths (s) -> limit, where the server announced a lower quota than the spec's */
  readonly #serverLimits = new Map<string, Map<number, number>>();
  /** per key, the promise the next request in line waits for, so each key admits in FIFO order */
  readonly #queues = new Map<string, Promise<void>>();

  constructor(options: LimiterOptions = {}) {
    this.#store = options.store ?? new MemoryRateLimitStore();
    this.#slots = new Semaphore(options.maxConcurrency ?? 32);
    this.#marginMs = options.marginMs ?? 100;
  }

  /** Resolves with a release function once the request may be sent. */
  async acquire(key: string, limit: RateLimit | undefined, signal?: AbortSignal) {
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
      try {
        await this.#admit(key, this.#windows(key, limit), signal);
        return release;
      } catch (error) {
        release();
        throw error;
      }
    } finally {
      done();
      if (this.#queues.get(key) === mine) this.#queues.delete(key);
    }
  }

  /** Learns from a response: a lower shared quota, an exhausted window, or a 429's Retry-After. */
  observe(key: string, headers: Headers, retryAfterMs: number | undefined): void {
    const quota = readServerQuota(headers);
    if (quota) {
      if (quota.limits.size) this.#serverLimits.set(key, quota.limits);
      if (quota.remaining === 0 && quota.resetSeconds)
        this.#pause(key, quota.resetSeconds * SECOND);
    }
    if (retryAfterMs !== undefined) this.#pause(key, retryAfterMs);
  }

  #pause(key: string, durationMs: number): void {
    // A failing store surfaces on the next acquire, which every request goes through.
    this.#store.pause(key, durationMs).catch(() => undefined);
  }

  #windows(key: string, limit: RateLimit): RateWindow[] {
    const server = this.#serverLimits.get(key);
    const window = (ours: number, ms: number): RateWindow => ({
      limit: Math.min(ours, server?.get(ms / SECOND) ?? Infinity),
      windowMs: ms + this.#marginMs,
    });
    const windows = [window(limit.burst, SECOND), window(limit.steady, MINUTE)];
    if (limit.daily !== undefined) windows.push(window(limit.daily, DAY));
    return windows;
  }

  async #admit(key: string, windows: RateWindow[], signal?: AbortSignal): Promise<void> {
    for (;;) {
      const wait = await this.#store.acquire(key, windows);
      if (wait <= 0) return;
      await sleep(wait, signal);
    }
  }
}
