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
      const pending: Promise<string> = refreshAccessToken().then(
        (fresh) => {
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
