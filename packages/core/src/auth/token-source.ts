import type { AttemptDeadline } from "../client/attempt-deadline.js";
import type { Endpoint } from "../client/endpoint.js";
import type { SecretRedactor } from "./secret-redactor.js";

// What the runtime and a refreshing access token (refreshing-access-token.ts) agree on; the
// refreshing itself is only bundled by programs that make such a token.

/**
 * The key under which a refreshing token carries its source; registered, so that a token made by
 * another copy of core is recognised.
 */
export const TOKEN_SOURCE = /* @__PURE__ */ Symbol.for("@klaviyo-ts/core/token-source");

/** An OAuth access token that is refreshed after a 401; made by `refreshingAccessToken`. */
export interface RefreshingAccessToken {
  readonly [TOKEN_SOURCE]: TokenSource;
}

/** What the runtime asks of a refreshing token. */
export interface TokenSource {
  /**
   * The token to send: the current one; after `stale` drew a 401, a fresh one, unless another
   * request already replaced it. Fails at the attempt's deadline (`timeoutMs` after it started) or
   * with the caller's signal (the request's, whose endpoint its errors name); an error of the
   * refresh reaches the caller through the client's `secrets`, so a token in it never does.
   */
  token(
    stale: string | undefined,
    deadline: AttemptDeadline,
    timeoutMs: number,
    request: { readonly signal?: AbortSignal | undefined; readonly endpoint: Endpoint },
    secrets: SecretRedactor,
  ): Promise<string>;
}

/** The source of a refreshing token; undefined for a static token or anything else. */
export function tokenSourceOf(value: unknown): TokenSource | undefined {
  // Any value: a string token has no source either.
  return (value as Partial<RefreshingAccessToken> | null | undefined)?.[TOKEN_SOURCE];
}
