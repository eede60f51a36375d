/**
 * Node's timers hold at most 2^31-1 ms (24.8 days); a longer delay fires at once, with a warning.
 * Longer waits are slept in pieces of this size.
 */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export async function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  const until = Date.now() + ms;
  let left = ms;
  do {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const piece = Math.min(left, LONGEST_TIMER_MS);
    // The timer is cleared on abort too, so that a cancelled wait keeps no process alive.
    await abortable(
      new Promise<void>((resolve) => (timer = setTimeout(resolve, piece))),
      signal,
    ).finally(() => clearTimeout(timer));
    left = until - Date.now();
  } while (left > 0);
}

/** Resolves with `promise`, or rejects with the signal's reason if it aborts first. */
export function abortable<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    // The listener goes once the promise settles: a long-lived signal would otherwise collect one per call.
    void promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
