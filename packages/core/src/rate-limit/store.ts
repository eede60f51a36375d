/** One counting window: at most `limit` requests in any `windowMs` stretch of time. */
export interface RateWindow {
  readonly limit: number;
  readonly windowMs: number;
}

/**
 * Where rate-limit windows are counted. Implementations must make `acquire` atomic: one request is
 * admitted into all windows of a key, or into none.
 */
export interface RateLimitStore {
  /** Admits one request: resolves 0 when admitted, otherwise the milliseconds until a retry can succeed. */
  acquire(key: string, windows: readonly RateWindow[]): Promise<number>;
  /** The server asked us to send nothing for `key` during the next `durationMs`. */
  pause(key: string, durationMs: number): Promise<void>;
}
