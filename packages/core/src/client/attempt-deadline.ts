import { abortable } from "../internal/sleep.js";
import { follow } from "./follow-signal.js";

/**
 * One attempt's deadline: a signal that aborts fetch (and so frees its socket) when the deadline
 * passes or the call is aborted, and a race that fails the attempt at that moment even with a fetch
 * implementation that ignores its signal.
 */
export interface AttemptDeadline {
  readonly signal: AbortSignal;
  /** settles as `work` does, or rejects once the signal aborts */
  race<T>(work: Promise<T>): Promise<T>;
  timedOut(): boolean;
  /** after the attempt: stops the timer and stops following the call's signal */
  finish(): void;
}

/** `timeoutMs` 0 means no deadline; `callSignal` is the call's own follower of the caller's signal. */
export function startAttemptDeadline(
  callSignal: AbortSignal | undefined,
  timeoutMs: number,
): AttemptDeadline {
  const controller = new AbortController();
  const unfollow = callSignal && follow(callSignal, controller);
  let timedOut = false;
  const timer =
    timeoutMs > 0
      ? setTimeout(() => {
          timedOut = true;
          controller.abort(new Error(`no answer within ${timeoutMs} ms`));
        }, timeoutMs)
      : undefined;
  const { signal } = controller;
  return {
    signal,
    race: (work) => abortable(work, signal),
    timedOut: () => timedOut,
    finish() {
      clearTimeout(timer);
      unfollow?.();
    },
  };
}
