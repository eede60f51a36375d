import { KlaviyoConfigError } from "../errors/klaviyo-error.js";
import { contextOf, KlaviyoTokenRefreshError } from "../errors/request-error.js";
import { KlaviyoTimeoutError } from "../errors/transport-errors.js";
import { refuseWhitespace } from "./credentials.js";
import { TOKEN_SOURCE, type RefreshingAccessToken } from "./token-source.js";

export interface RefreshingAccessTokenOptions {
  /** the token to start with; without one, the first request calls `refresh` */
  accessToken?: string;
  /** returns a fresh OAuth access token; called once for any number of concurrent requests */
  refresh: () => Promise<string>;
}

/**
 * An OAuth access token refreshed single-flight: however many requests find it expired at once,
 * `refresh` runs once and all of them wait for its result. The code lives here rather than in the
 * runtime, so a program with a static token or an API key does not bundle it.
 * `createKlaviyo({ accessToken: refreshingAccessToken({ refresh: () => myIdp.token() }) })`
 */
export function refreshingAccessToken(
  options: RefreshingAccessTokenOptions,
): RefreshingAccessToken {
  const { refresh: callback } = options;
  if (typeof callback !== "function") {
    throw new KlaviyoConfigError("refreshingAccessToken needs a refresh function");
  }
  refuseWhitespace("accessToken", options.accessToken);
  let token = options.accessToken;
  let refreshing: Promise<string> | undefined;

  const refresh = (stale: string | undefined): Promise<string> => {
    if (token !== undefined && token !== stale) return Promise.resolve(token);
    if (!refreshing) {
      // A refresh settling after it was abandoned still stores its token, but leaves the
      // refresh that replaced it in place.
      // Called inside a promise: a callback that throws instead of rejecting, or resolves to no
      // token, fails the waiting calls like any failed refresh instead of escaping untyped or
      // sending "Bearer undefined".
      const pending: Promise<string> = new Promise<unknown>((resolve) => resolve(callback())).then(
        (fresh) => {
          if (typeof fresh !== "string" || fresh === "") {
            throw new Error(
              `refresh resolved to ${fresh === "" ? "an empty string" : typeof fresh}, not a token`,
            );
          }
          token = fresh;
          if (refreshing === pending) refreshing = undefined;
          return fresh;
        },
        (error: unknown) => {
          if (refreshing === pending) refreshing = undefined;
          throw error;
        },
      );
      refreshing = pending;
    }
    return refreshing;
  };

  return {
    [TOKEN_SOURCE]: {
      // A hanging refresh fails each waiting call at its own deadline instead of hanging all of them.
      async token(stale, deadline, timeoutMs, { signal, endpoint }, secrets) {
        const awaited = refresh(stale);
        try {
          return await deadline.race(awaited);
        } catch (error) {
          if (signal?.aborted) throw signal.reason;
          if (deadline.timedOut()) {
            // Forgotten, so the next request starts a fresh refresh instead of waiting on a
            // callback that may never settle; only the one this call waited on, or a waiter with
            // a later deadline would drop a newer refresh it never saw and start a third.
            if (refreshing === awaited) refreshing = undefined;
            throw new KlaviyoTimeoutError(contextOf(endpoint), timeoutMs, "access token");
          }
          throw new KlaviyoTokenRefreshError(contextOf(endpoint), secrets.redactError(error));
        }
      },
    },
  };
}
