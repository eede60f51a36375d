import { describe, expect, it } from "vitest";
import { formatValue, resultsTable } from "../src/report/format.js";
import type { Row } from "../src/report/row.js";

describe("formatValue", () => {
  it.each([
    { value: 11.44, unit: "KB", want: "11.4 KB" },
    { value: 1732.4, unit: "ms", want: "1,732 ms" },
    { value: 4.26, unit: "ms", want: "4.3 ms" },
    { value: 8953, unit: "files", want: "8,953 files" },
    { value: 0, unit: "429s", want: "0 429s" },
    { value: "n/a (package not built)", unit: "KB", want: "n/a (package not built)" },
    { value: undefined, unit: "KB", want: "—" },
  ] as const)("$value $unit -> $want", ({ value, unit, want }) => {
    expect(formatValue(value, unit)).toBe(want);
  });
});

describe("resultsTable", () => {
  it("writes ours, official, named baseline, ratio, goal and verdict in one row", () => {
    const row: Row = {
      figure: "bundle, node (min+gz)",
      unit: "KB",
      ours: 11.4,
      official: 291.6,
      baseline: 0.5,
      baselineName: "bare fetch",
      ratio: { value: 11.4 / 291.6, of: "official" },
      goal: "<= 12 KB (#3)",
      met: true,
    };
    const lines = resultsTable([
      { name: "bundle", date: "2026-11-22T22:00:00Z", rows: [row] },
    ]).split("\n");
    expect(lines[0]).toBe(
      "| benchmark | figure | ours | official | baseline | ratio | goal | met |",
    );
    expect(lines[2]).toBe(
      "| bundle | bundle, node (min+gz) | 11.4 KB | 291.6 KB | 0.5 KB (bare fetch) | 0.039x official | <= 12 KB (#3) | yes |",
    );
  });

  it("marks a missed goal loudly and escapes pipes", () => {
    const row: Row = { figure: "a | b", unit: "%", ours: 80, goal: ">= 95% (#4)", met: false };
    const [, , line] = resultsTable([{ name: "pacing", date: "", rows: [row] }]).split("\n");
    expect(line).toBe("| pacing | a \\| b | 80.0 % | — | — | — | >= 95% (#4) | NO |");
  });

  it.each([
    { met: false, want: "0.604x official" },
    { met: true, want: "0.60x official" },
  ])("gives a ratio a third digit when its goal is missed (met: $met)", ({ met, want }) => {
    const row: Row = {
      figure: "tsc",
      unit: "ms",
      ours: 1420,
      official: 2350,
      ratio: { value: 0.6035, of: "official" },
      goal: "<= 0.6x official (#17)",
      met,
    };
    const [, , line] = resultsTable([{ name: "typecheck", date: "", rows: [row] }]).split("\n");
    expect(line?.split(" | ")[5]).toBe(want);
  });
});
