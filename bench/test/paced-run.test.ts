import { describe, expect, it } from "vitest";
import { pacedRun } from "../src/lib/paced-run.js";

const delay = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });

describe("pacedRun", () => {
  it("keeps calling until the deadline and does not count calls aborted by it", async () => {
    const run = await pacedRun((signal) => delay(5, signal), { concurrency: 2, durationMs: 100 });
    expect(run.ok).toBeGreaterThan(2);
    expect(run.failed).toBe(0);
  });

  it("counts calls that fail before the deadline", async () => {
    let calls = 0;
    const run = await pacedRun(
      async (signal) => {
        await delay(5, signal);
        if (++calls % 2 === 0) throw new Error("429 after retries");
      },
      { concurrency: 1, durationMs: 100 },
    );
    expect(run.failed).toBeGreaterThan(0);
    expect(run.ok).toBeGreaterThan(0);
    expect(Math.abs(run.ok - run.failed)).toBeLessThanOrEqual(2);
  });
});
