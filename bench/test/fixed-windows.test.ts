import { describe, expect, it } from "vitest";
import { FixedWindows } from "../src/servers/fixed-windows.js";

const burstAndSteady = () =>
  new FixedWindows([
    { limit: 2, windowMs: 1000 },
    { limit: 3, windowMs: 60_000 },
  ]);

describe("FixedWindows", () => {
  it("admits up to the burst limit within one second, then names the wait", () => {
    const windows = burstAndSteady();
    const at = 120_000;
    expect(windows.admit(at)).toEqual({ admitted: true, remaining: 1, resetSeconds: 1 });
    expect(windows.admit(at + 10)).toEqual({ admitted: true, remaining: 0, resetSeconds: 1 });
    expect(windows.admit(at + 20)).toEqual({ admitted: false, retryAfterSeconds: 1 });
  });

  it("counts windows on the clock, so a new second admits again until the steady limit", () => {
    const windows = burstAndSteady();
    const at = 120_000;
    windows.admit(at);
    windows.admit(at + 999);
    expect(windows.admit(at + 1000)).toMatchObject({ admitted: true, remaining: 0 });
    expect(windows.admit(at + 2000)).toEqual({ admitted: false, retryAfterSeconds: 58 });
  });

  it("refuses without counting, so refused requests do not use up the next window", () => {
    const windows = burstAndSteady();
    const at = 120_000;
    windows.admit(at);
    windows.admit(at);
    windows.admit(at);
    expect(windows.admit(at + 1000)).toMatchObject({ admitted: true });
  });

  it.each([
    {
      given: [
        { limit: 75, windowMs: 1000 },
        { limit: 750, windowMs: 60_000 },
      ],
      want: "75, 75;w=1, 750;w=60",
    },
    { given: [{ limit: 10, windowMs: 1000 }], want: "10, 10;w=1" },
  ])("RateLimit-Limit for $want", ({ given, want }) => {
    expect(new FixedWindows(given).limitHeader()).toBe(want);
  });
});
