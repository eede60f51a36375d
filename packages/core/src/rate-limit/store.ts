/**
 * One counting window: at most `limit` requests in any `windowMs` stretch of time. A request is in
 * the window from its admission until `windowMs` after it settled (its answer arrived): the server
 * counted it somewhere in between, so this holds whatever the latency and its jitter.
 */
export interface RateWindow {
  readonly limit: number;
  readonly windowMs: number;
  /**
   * The server reports where its fixed window of this length lies (Klaviyo's steady window). Until a
   * report arrives the window is counted as any-stretch, which is safe whatever the alignment; once
   * the store has one, it counts `limit` per server window instead.
   */
  readonly aligned?: AlignedWindow;
}

export interface AlignedWindow {
  /** length of the server's fixed window, e.g. 60 000 */
  readonly periodMs: number;
  /**
   * the longest a request may take to reach the server: one admitted this close to the earliest
   * the window can end also counts in the next, where it may arrive. How early the window can end
   * is the store's to know, from the reports (`endsAfterMs`).
   */
  readonly edgeMs: number;
}

/** What one response said about the server's current fixed window. */
export interface WindowReport {
  readonly periodMs: number;
  readonly limit: number;
  /** the window the response was counted in ends at most this many ms from now */
  readonly endsWithinMs: number;
  /**
   * and at least this many ms from now (negative if it may have ended already); absent when not
   * known, then taken to be a second before `endsWithinMs`, the rounding of `RateLimit-Reset`
   */
  readonly endsAfterMs?: number;
  /** requests that may still be sent in that window */
  readonly remaining: number;
  /**
   * the ticket of the request the report answers: it was counted in the reported window, so if it
   * was sent close enough to a boundary to be counted in two, the store takes it off the other
   */
  readonly ticket?: string;
}

/**
 * Where rate-limit windows are counted. Implementations must make `acquire` atomic: one request is
 * admitted into all windows of a key, or into none. Each method may answer at once or with a promise
 * (a store in this process has nothing to wait for; a shared one has).
 */
export interface RateLimitStore {
  /**
   * Admits one request: answers 0 when admitted, otherwise the milliseconds until a retry can
   * succeed. `ticket`, unique among the requests in flight, names the request to `settle` and in
   * the `learn` report its answer brings.
   */
  acquire(key: string, windows: readonly RateWindow[], ticket?: string): number | Promise<number>;
  /**
   * A request admitted for `key` with these windows has been answered (or abandoned): from now on it
   * counts from this moment, the latest the server can have counted it, instead of for as long as it
   * is in flight. Optional: a store without it counts each request from its admission, which is only
   * safe while the latency is steady (a delayed request can reach the server in the same burst
   * window as later ones).
   */
  settle?(key: string, windows: readonly RateWindow[], ticket?: string): void | Promise<void>;
  /** The server asked us to send nothing for `key` during the next `durationMs`. */
  pause(key: string, durationMs: number): void | Promise<void>;
  /**
   * Learns where the server's window lies and how much of it is left. Optional: a store without it
   * keeps counting any-stretch windows, and an exhausted window becomes a pause.
   */
  learn?(key: string, report: WindowReport): void | Promise<void>;
}
