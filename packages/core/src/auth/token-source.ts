/**
 * Holds an OAuth access token and refreshes it single-flight: however many requests find the token
 * expired at once, the refresh callback runs once and all of them wait for its result.
 */
export interface TokenSource {
  current(): Promise<string>;
  /** Replaces `stale` with a fresh token, unless another request already did. */
  refresh(stale: string | undefined): Promise<string>;
  readonly canRefresh: boolean;
  /**
   * Forgets a refresh that is still running (one that outlived a call's deadline), so the next
   * request starts a fresh one instead of waiting on a callback that may never settle.
   */
  abandon(): void;
}

export function createTokenSource(
  initial: string | undefined,
  refreshAccessToken: (() => Promise<string>) | undefined,
  /** told every token, so it can be redacted from whatever a server echoes */
  remember: (token: string) => void = () => undefined,
): TokenSource {
  let token = initial;
  let refreshing: Promise<string> | undefined;

  const refresh = (stale: string | undefined): Promise<string> => {
    if (token !== undefined && token !== stale) return Promise.resolve(token);
    if (!refreshAccessToken) return Promise.reject(new Error("no refreshAccessToken callback"));
    if (!refreshing) {
      // A refresh settling after it was abandoned still stores its token, but leaves the
      // refresh that replaced it in place.
      // Called inside a promise: a callback that throws instead of rejecting, or resolves to no
      // token, fails the waiting calls like any failed refresh instead of escaping untyped or
      // sending "Bearer undefined".
      const pending: Promise<string> = new Promise<unknown>((resolve) =>
        resolve(refreshAccessToken()),
      ).then(
        (fresh) => {
          if (typeof fresh !== "string" || fresh === "") {
            throw new Error(
              `refreshAccessToken resolved to ${fresh === "" ? "an empty string" : typeof fresh}, not a token`,
            );
          }
          remember(fresh);
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
    current: () => (token !== undefined ? Promise.resolve(token) : refresh(undefined)),
    refresh,
    canRefresh: refreshAccessToken !== undefined,
    abandon: () => {
      refreshing = undefined;
    },
  };
}
