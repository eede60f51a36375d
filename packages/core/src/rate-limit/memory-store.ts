import type { RateLimitStore, RateWindow } from "./store.js";

/** Admission times of one window, oldest first; `head` skips the expired ones without shifting the array. */
interface Log {
  times: number[];
  head: number;
}

/**
 * Counts windows in this process. Each window keeps a log of admission times, so "at most `limit` in
 * any `windowMs`" holds for every stretch of time, which also satisfies Klaviyo's fixed windows
 * whatever their alignment to our clock.
 */
export class MemoryRateLimitStore implements RateLimitStore {
  readonly #logs = new Map<string, Log>();
  readonly #pausedUntil = new Map<string, number>();

  acquire(key: string, windows: readonly RateWindow[]): Promise<number> {
    return Promise.resolve(this.tryAcquire(key, windows));
  }

  pause(key: string, durationMs: number): Promise<void> {
    const until = Date.now() + durationMs;
    if (until > (this.#pausedUntil.get(key) ?? 0)) this.#pausedUntil.set(key, until);
    return Promise.resolve();
  }

  /** Synchronous admission; 0 when admitted, otherwise milliseconds to wait. */
  tryAcquire(key: string, windows: readonly RateWindow[]): number {
    const now = Date.now();
    const pausedUntil = this.#pausedUntil.get(key);
    if (pausedUntil !== undefined) {
      if (pausedUntil > now) return pausedUntil - now;
      this.#pausedUntil.delete(key);
    }
    let wait = 0;
    const logs: Log[] = [];
    for (const window of windows) {
      const log = this.#log(`${key}|${window.windowMs}`);
      expire(log, now - window.windowMs);
      const count = log.times.length - log.head;
      if (count >= window.limit) {
        const blocking = log.times[log.head + count - window.limit]!;
        wait = Math.max(wait, blocking + window.windowMs - now);
      }
      logs.push(log);
    }
    if (wait > 0) return wait;
    for (const log of logs) log.times.push(now);
    return 0;
  }

  #log(id: string): Log {
    let log = this.#logs.get(id);
    if (!log) {
      log = { times: [], head: 0 };
      this.#logs.set(id, log);
    }
    return log;
  }
}

function expire(log: Log, cutoff: number): void {
  while (log.head < log.times.length && log.times[log.head]! <= cutoff) log.head++;
  if (log.head > 64 && log.head * 2 > log.times.length) {
    log.times = log.times.slice(log.head);
    log.head = 0;
  }
}
