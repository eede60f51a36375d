import type { HttpMethod } from "../operation/meta.js";

/**
 * What one attempt ended with, as far as retrying is concerned: the status of its answer; or, when
 * none came (a timeout, a connection error, a cut-off body), whether the request went out (`false`
 * when the connection was refused or the host not found: the server never saw it).
 */
export type AttemptOutcome = { status: number } | { status?: undefined; sent: boolean };

/**
 * May this attempt be repeated without risking a duplicate write?
 *
 * - 429: always. Klaviyo refused the request before processing it.
 * - 503 (and a connection that never opened): always. Nothing reached the application, so even a
 *   POST was not processed.
 * - Other 5xx (including Cloudflare's 524), timeouts and errors after the request went out: only
 *   when repeating it is harmless: GET, PUT, PATCH and DELETE are idempotent in Klaviyo's API; a POST
 *   only when the caller says so (`idempotent: true`), because the server may have created something.
 * - Any other status is the caller's problem and retrying would get the same answer.
 */
export function isRetryable(
  method: HttpMethod,
  outcome: AttemptOutcome,
  idempotent = false,
): boolean {
  const repeatable = idempotent || method !== "POST";
  const { status } = outcome;
  if (status === undefined) return !outcome.sent || repeatable;
  return status === 429 || status === 503 || (status >= 500 && repeatable);
}
