import { setMaxListeners } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";

export interface PacedRun {
  /** successful calls that completed inside the measured windows */
  ok: number;
  /** calls that ended in an error (after the client's own retries) */
  failed: number;
}

/** Sleeps until the next multiple of `windowMs` on the clock, where the server's windows start. */
export async function untilWindowStart(windowMs: number): Promise<void> {
  await sleep(windowMs - (Date.now() % windowMs));
}

/**
 * Keeps `concurrency` calls in flight from now until `durationMs` has passed, then aborts what is
 * still queued and waits for everything to settle. Only calls that succeed before the deadline count.
 */
export async function pacedRun(
  call: (signal: AbortSignal) => Promise<unknown>,
  { concurrency, durationMs }: { concurrency: number; durationMs: number },
): Promise<PacedRun> {
  const deadline = Date.now() + durationMs;
  const stop = new AbortController();
  // Every call in flight listens to the one stop signal.
  setMaxListeners(concurrency * 4, stop.signal);
  const timer = setTimeout(() => stop.abort(), durationMs);
  const result: PacedRun = { ok: 0, failed: 0 };
  const worker = async () => {
    while (!stop.signal.aborted) {
      try {
        await call(stop.signal);
        if (Date.now() <= deadline) result.ok++;
      } catch {
        if (!stop.signal.aborted) result.failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  clearTimeout(timer);
  return result;
}
