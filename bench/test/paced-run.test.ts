import { describe, expect, it } from "vitest";
import { completeAll } from "../src/lib/paced-run.js";

describe("completeAll", () => {
  it("makes every call succeed, calling again after a failure, never more than `concurrency` at once", async () => {
    let calls = 0;
    let inFlight = 0;
    let most = 0;
    const run = await completeAll(
      async () => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 1));
        inFlight--;
        if (++calls % 3 === 0) throw new Error("429 after retries");
      },
      { count: 20, concurrency: 4 },
    );
    expect(calls - run.failed).toBe(20);
    expect(run.failed).toBeGreaterThan(0);
    expect(most).toBe(4);
  });
});
