import { describe, expect, it } from "vitest";
import { alternate, median, ratio } from "../src/lib/stats.js";

describe("median", () => {
  it.each([
    { given: [5], want: 5 },
    { given: [3, 1, 2], want: 2 },
    { given: [4, 1, 3, 2], want: 2.5 },
    { given: [10, 10, 1000], want: 10 },
  ])("of $given is $want", ({ given, want }) => {
    expect(median(given)).toBe(want);
  });

  it("refuses no values", () => {
    expect(() => median([])).toThrow("median of no values");
  });
});

describe("ratio", () => {
  it.each([
    { numerator: 1, denominator: 4, want: 0.25 },
    { numerator: undefined, denominator: 4, want: undefined },
    { numerator: 1, denominator: undefined, want: undefined },
    { numerator: 1, denominator: 0, want: undefined },
  ])("$numerator / $denominator is $want", ({ numerator, denominator, want }) => {
    expect(ratio(numerator, denominator)).toBe(want);
  });
});

describe("alternate", () => {
  it("runs every side once a round, reversing the order every other round", async () => {
    const calls: string[] = [];
    const side = (name: string, value: number) => async () => {
      calls.push(name);
      return value;
    };
    const samples = await alternate(3, { a: side("a", 1), b: side("b", 2) });
    expect(calls).toEqual(["a", "b", "b", "a", "a", "b"]);
    expect(samples).toEqual({ a: [1, 1, 1], b: [2, 2, 2] });
  });
});
