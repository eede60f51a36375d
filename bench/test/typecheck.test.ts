import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  measurementPlan,
  samplesUnder,
  typecheckRows,
  typeScriptCompilers,
} from "../src/benchmarks/typecheck.js";
import { benchDir, repoRoot } from "../src/lib/workspace.js";

describe("typeScriptCompilers", () => {
  it("names TypeScript 5 and 7 by the versions bench and the TypeScript 7 example pin, each with its bin/tsc", () => {
    const pinned = [benchDir, join(repoRoot, "examples/typescript-7")].map((project) => {
      const { devDependencies } = JSON.parse(
        readFileSync(join(project, "package.json"), "utf8"),
      ) as { devDependencies: Record<string, string> };
      return `TypeScript ${devDependencies["typescript"]}`;
    });
    const compilers = typeScriptCompilers();
    expect(compilers.map((c) => c.name)).toEqual(pinned);
    expect(pinned).toEqual([
      expect.stringMatching(/^TypeScript 5\./),
      expect.stringMatching(/^TypeScript 7\./),
    ]);
    for (const compiler of compilers) expect(existsSync(compiler.tsc)).toBe(true);
  });
});

describe("measurementPlan and samplesUnder", () => {
  const five = { name: "TypeScript 5.9.3" };
  const seven = { name: "TypeScript 7.0.2" };

  it("times every program under each compiler back to back, and ours only where it compiles", () => {
    const plan = measurementPlan([five, seven], (compiler) => compiler === seven);
    expect(plan.map((m) => m.key)).toEqual([
      "TypeScript 5.9.3 official",
      "TypeScript 7.0.2 official",
      "TypeScript 5.9.3 baseline",
      "TypeScript 7.0.2 baseline",
      "TypeScript 5.9.3 ours-modules",
      "TypeScript 5.9.3 ours-filtered",
      "TypeScript 5.9.3 ours",
    ]);
  });

  it("gives each compiler its own samples, by program", () => {
    const plan = measurementPlan([five, seven], () => false);
    const samples = Object.fromEntries(plan.map((m, i) => [m.key, [i]]));
    expect(samplesUnder(plan, seven, samples)).toEqual({
      official: [1],
      baseline: [3],
      "ours-modules": [5],
      "ours-filtered": [7],
      ours: [9],
    });
  });
});

describe("typecheckRows", () => {
  const samples = {
    official: [500, 520, 510],
    baseline: [250, 240, 260],
    "ours-modules": [250, 300, 255],
    "ours-filtered": [330, 320, 310],
    ours: [280, 270, 275],
  };

  it("names the compiler and the number of runs in every figure", () => {
    expect(typecheckRows("TypeScript 7.0.2", 3, samples).map((row) => row.figure)).toEqual([
      "tsc --noEmit of the consumer, module entries, TypeScript 7.0.2 (median of 3)",
      "the same with typed filters in use, TypeScript 7.0.2 (median of 3)",
      "the same importing the package root (every module), TypeScript 7.0.2 (median of 3)",
    ]);
  });

  it.each([
    { row: 0, ours: 255, baseline: 250, baselineName: "bare fetch", ratio: 0.5, met: true },
    {
      row: 1,
      ours: 320,
      baseline: 255,
      baselineName: "ours without filters",
      ratio: 320 / 520,
      met: false,
    },
    {
      row: 2,
      ours: 275,
      baseline: 255,
      baselineName: "ours from module entries",
      ratio: 275 / 510,
      met: undefined,
    },
  ])(
    "row $row: medians, the median of per-round ratios to official, verdict against 0.6x",
    (want) => {
      const row = typecheckRows("TypeScript 5.9.3", 3, samples)[want.row]!;
      expect(row).toMatchObject({
        unit: "ms",
        ours: want.ours,
        official: 510,
        baseline: want.baseline,
        baselineName: want.baselineName,
      });
      expect(row.ratio?.of).toBe("official");
      expect(row.ratio?.value).toBeCloseTo(want.ratio);
      expect(row.met).toBe(want.met);
    },
  );

  it("gives ours the reason instead of a figure when its consumer does not compile", () => {
    const problem = "n/a (ours-modules.ts does not type-check under TypeScript 7.0.2: …)";
    const rows = typecheckRows("TypeScript 7.0.2", 3, samples, problem);
    for (const row of rows) {
      expect(row.ours).toBe(problem);
      expect(row.official).toBe(510);
      expect(row.ratio).toBeUndefined();
      expect(row.met).toBeUndefined();
    }
    expect(rows.map((row) => row.goal)).toEqual([
      "<= 0.6x official (#3, #17)",
      "<= 0.6x official (#6)",
      undefined,
    ]);
  });
});
