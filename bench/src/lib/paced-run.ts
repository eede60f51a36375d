import { setTimeout as sleep } from "node:timers/promises";

export interface CompletedRun {
  /** calls that threw (after the client's own retries) and were made again */
  failed: number;
}

/**
 * Makes `count` calls succeed with `concurrency` in flight, as a bulk sync does: a call that throws
 * is made again until it succeeds.
 */
export async function completeAll(
  call: () => Promise<unknown>,
  { count, concurrency }: { count: number; concurrency: number },
): Promise<CompletedRun> {
  let next = 0;
  const run: CompletedRun = { failed: 0 };
  const worker = async () => {
    while (next < count) {
      next++;
      for (;;) {
        try {
          await call();
          break;
        } catch {
          run.failed++;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return run;
}

/** Waits until `at` (epoch ms), so that several processes start together. */
export async function until(at: number): Promise<void> {
  await sleep(Math.max(0, at - Date.now()));
}
