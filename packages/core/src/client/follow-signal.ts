/**
 * Makes our own AbortControllers abort with a caller's signal, with one listener on that signal
 * however many calls and attempts share it. A listener each (ours, the limiter's queue, a retry
 * wait, fetch's own) would trip Node's MaxListenersExceededWarning past ten concurrent calls, and
 * Node's fetch leaves its listener until garbage collection. So nothing but this module listens to
 * a caller's signal: everything else is given the signal of a controller that follows it.
 */
const followers = new WeakMap<AbortSignal, Set<AbortController>>();

/** Aborts `controller` with `signal`'s reason; returns the function that stops following. */
export function follow(signal: AbortSignal, controller: AbortController): () => void {
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
