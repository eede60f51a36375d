export interface RetrySettings {
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  budgetMs: number;
}

export interface RetriesSoFar {
  retries: number;
  waitedMs: number;
}

export const RETRY_DEFAULTS: RetrySettings = {
  maxRetries: 4,
  baseDelayMs: 500,
  maxDelayMs: 60_000,
  budgetMs: 120_000,
};

/**
 * How long to wait before the next attempt, or undefined to stop. The server's Retry-After wins over
 * backoff; one longer than `maxDelayMs`, or a wait past the total budget, stops the retries instead of
 * sending a request the server has already said it will refuse.
 *
 * Backoff is exponential with full jitter: a uniform wait between 0 and `baseDelayMs * 2^retries`,
 * capped at `maxDelayMs`. Full jitter spreads clients that failed together, so they do not retry
 * together.
 */
export function nextRetryDelay(
  settings: RetrySettings,
  /** the retries already made, and the time already spent waiting before them */
  { retries, waitedMs }: RetriesSoFar,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number | undefined {
  if (retries >= settings.maxRetries) return undefined;
  const delay =
    retryAfterMs ??
    Math.floor(random() * Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** retries));
  if (delay > settings.maxDelayMs || waitedMs + delay > settings.budgetMs) return undefined;
  return delay;
}
