import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { runChecked, runCommand } from "../lib/child.js";
import { median, ratio } from "../lib/stats.js";
import { benchDir, latestRevision, lockRevisions, repoRoot, workDir } from "../lib/workspace.js";
import type { Row } from "../report/row.js";
import type { Benchmark } from "./benchmark.js";

const klaviyoGen = join(repoRoot, "generator/bin/klaviyo-gen.js");
const openapiTypescript = join(benchDir, "node_modules/openapi-typescript/bin/cli.js");

/**
 * Runs klaviyo-gen into an emptied scratch folder (so every file is written, and the packages'
 * own generated code is left alone). A generator that fails is reported, not thrown.
 */
async function generate(args: string[], out: string): Promise<number | string> {
  rmSync(out, { recursive: true, force: true });
  const result = await runCommand(
    process.execPath,
    [klaviyoGen, "generate", ...args, "--out", out],
    {
      cwd: repoRoot,
    },
  );
  if (result.code === 0) return result.ms;
  const reason = (result.stderr || result.stdout).trim().split("\n").at(-1) ?? "";
  return `n/a (klaviyo-gen failed: ${reason.slice(0, 60)})`;
}

export const generation: Benchmark = {
  name: "generation",
  description:
    "klaviyo-gen generate: one revision vs bare openapi-typescript, and every lock revision",
  async run({ quick }) {
    const revision = latestRevision();
    const spec = join(repoRoot, "spec", revision, "stable.json");
    if (!existsSync(spec))
      throw new Error(`spec/${revision}/stable.json missing: run pnpm spec:sync`);
    const out = join(workDir, "generation");
    mkdirSync(out, { recursive: true });
    const runs = quick ? 1 : 3;
    const ours: number[] = [];
    const baseline: number[] = [];
    let failure: string | undefined;
    for (let i = 0; i < runs && failure === undefined; i++) {
      const ms = await generate([revision], join(out, "ours"));
      if (typeof ms === "string") failure = ms;
      else ours.push(ms);
      const types = join(out, `${revision}.ts`);
      baseline.push(
        (await runChecked(process.execPath, [openapiTypescript, spec, "-o", types])).ms,
      );
    }
    const oursMs = failure === undefined ? median(ours) : undefined;
    const r = ratio(oursMs, median(baseline));
    const all = failure === undefined ? await generate(["--all"], join(out, "all")) : failure;
    const rows: Row[] = [
      {
        figure: `generate ${revision} (median of ${runs})`,
        unit: "ms",
        ours: oursMs ?? failure!,
        baseline: median(baseline),
        baselineName: "bare openapi-typescript",
        ...(r !== undefined && { ratio: { value: r, of: "baseline" as const }, met: r <= 2 }),
        goal: "<= 2x openapi-typescript (#3)",
      },
      {
        figure: `generate all ${lockRevisions().length} lock revisions`,
        unit: "s",
        ours: typeof all === "number" ? all / 1000 : all,
        goal: "< 60 s (#3)",
        ...(typeof all === "number" && { met: all < 60_000 }),
      },
    ];
    return rows;
  },
};
