import { describe, expect, it } from "vitest";
import { idealSpanMs, pacingEfficiency } from "../src/lib/ideal-span.js";

const windows = { burst: 75, steady: 750, offsetMs: 0 };

describe("idealSpanMs", () => {
  it.each([
    { what: "one burst", count: 75, start: 0, want: 0 },
    { what: "two bursts", count: 76, start: 0, want: 1_000 },
    { what: "a burst cut short by its window's end", count: 76, start: 900, want: 100 },
    { what: "a whole steady window", count: 750, start: 0, want: 9_000 },
    { what: "the next steady window waits for its boundary", count: 751, start: 0, want: 60_000 },
    { what: "1,600 from the start of a window", count: 1_600, start: 0, want: 121_000 },
    { what: "a start 1 s before the boundary", count: 751, start: 59_000, want: 10_000 },
  ])("$what", ({ count, start, want }) => {
    expect(idealSpanMs(count, start, windows)).toBe(want);
  });

  it("follows the server's offset", () => {
    const offset = { ...windows, offsetMs: 25_300 };
    expect(idealSpanMs(751, 25_300, offset)).toBe(60_000);
    expect(idealSpanMs(76, 25_299, offset)).toBe(1);
  });
});

describe("pacingEfficiency", () => {
  it.each([
    { ideal: 90, actual: 100, want: 0.9 },
    { ideal: 100, actual: 100, want: 1 },
    { ideal: 0, actual: 0, want: 1 },
  ])("$ideal / $actual", ({ ideal, actual, want }) => {
    expect(pacingEfficiency(ideal, actual)).toBeCloseTo(want);
  });
});
