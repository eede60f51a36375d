/**
 * Each attempt's timeout, and the signal it hands to fetch.
 *
 * An attempt fails at its deadline whatever fetch does, by racing it. Aborting fetch as well, so
 * that the socket is freed at once, takes an AbortSignal per request, and Node's fetch spends about
 * a tenth of a loopback request's cost on each signal it is given. So the signal is only armed once
 * this client has seen a slow attempt (half its timeout or more), and stays armed for a while:
 * while Klaviyo answers promptly nothing is paid, and while it is slow every attempt can be aborted.
 * Attempts that were already in flight, unarmed, when the server stalled are given up at their
 * deadline; their sockets are freed when the server answers or closes them.
 *
 * A caller's signal always aborts fetch, so a caller's abort always cancels the request.
 */
const ARMED_FOR_MS = 5 * 60_000;

export interface AttemptDeadline {
  /** what to give fetch: none, or one that aborts with the caller's signal and, armed, at the deadline */
  readonly signal: AbortSignal | undefined;
  /** settles as `work` does, or rejects at the deadline */
  race<T>(work: Promise<T>): Promise<T>;
  timedOut(): boolean;
  /** after the attempt: stops the timer, and arms later attempts if this one was slow */
  finish(): void;
}

export function createAttemptDeadlines() {
  let armedUntil = 0;

  return function start(callerSignal: AbortSignal | undefined, timeoutMs: number): AttemptDeadline {
    const started = Date.now();
    const armed = timeoutMs > 0 && started < armedUntil;
    // A caller's signal is followed by one of ours rather than given to fetch: Node's fetch leaves
    // a listener on every signal it is given until garbage collection, so a long-lived signal
    // shared by many calls would collect thousands.
    const controller = armed || callerSignal ? new AbortController() : undefined;
    const unfollow = controller && callerSignal && follow(callerSignal, controller);
    if (!timeoutMs) {
      return {
        signal: controller?.signal,
        race: (work) => work,
        timedOut: () => false,
        finish: () => unfollow?.(),
      };
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    let timedOut = false;
    return {
      signal: controller?.signal,
      race: (work) =>
        new Promise((resolve, reject) => {
          timer = setTimeout(() => {
            timedOut = true;
            controller?.abort();
            reject(new Error(`no answer within ${timeoutMs} ms`));
          }, timeoutMs);
          work.then(resolve, reject);
        }),
      timedOut: () => timedOut,
      finish() {
        clearTimeout(timer);
        unfollow?.();
        const finished = Date.now();
        if (timedOut || finished - started >= timeoutMs / 2) armedUntil = finished + ARMED_FOR_MS;
      },
    };
  };
}

/**
 * Makes `controller` abort with `signal`. One listener per caller signal, however many attempts
 * share it: a listener each would trip Node's MaxListeners warning past ten concurrent calls.
 */
const followers = new WeakMap<AbortSignal, Set<AbortController>>();

function follow(signal: AbortSignal, controller: AbortController): () => void {
  if (signal.aborted) {
    controller.abort(signal.reason);
    return () => undefined;
  }
  let following = followers.get(signal);
  if (!following) {
    const set = new Set<AbortController>();
    following = set;
    followers.set(signal, set);
    signal.addEventListener(
      "abort",
      () => {
        for (const follower of set) follower.abort(signal.reason);
      },
      { once: true },
    );
  }
  following.add(controller);
  return () => following.delete(controller);
}
