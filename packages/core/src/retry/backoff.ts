/**
 * Exponential backoff with full jitter: a uniform wait between 0 and `base * 2^attempt`, capped.
 * Full jitter spreads clients that failed together, so they do not retry together.
 */
export function backoffDelay(
  attempt: number,
  baseDelayMs: number,
  maxDelayMs: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}
