import { backoffDelay } from "./backoff.js";

export interface RetrySettings {
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  budgetMs: number;
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
 */
export function nextRetryDelay(
  settings: RetrySettings,
  spent: { retries: number; waitedMs: number },
  retryAfterMs: number | undefined,
): number | undefined {
  if (spent.retries >= settings.maxRetries) return undefined;
  const delay =
    retryAfterMs ?? backoffDelay(spent.retries, settings.baseDelayMs, settings.maxDelayMs);
  if (delay > settings.maxDelayMs || spent.waitedMs + delay > settings.budgetMs) return undefined;
  return delay;
}
