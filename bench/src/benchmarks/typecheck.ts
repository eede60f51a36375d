import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runCommand } from "../lib/child.js";
import { prepareConsumers, type Program } from "../lib/consumers.js";
import { flatProject } from "../lib/flat-install.js";
import { alternate, median, pairedRatio } from "../lib/stats.js";
import { benchDir, corePackage, repoRoot, revisionPackage } from "../lib/workspace.js";
import type { Row } from "../report/row.js";
import type { Benchmark } from "./benchmark.js";

type Checked = Exclude<Program, "ours-typed-fetch">;
const oursPrograms = ["ours-modules", "ours-filtered", "ours"] as const;
const programs = ["official", "baseline", ...oursPrograms] as const;

export interface Compiler {
  /** "TypeScript 7.0.2", as the installed package's manifest says */
  name: string;
  /** the package's bin/tsc, which `npx tsc` runs with node */
  tsc: string;
}

/**
 * Both compilers users have: TypeScript 5.x, which most existing projects pin, and TypeScript 7,
 * which `npm i -D typescript` installs in a new project. TypeScript 7 is the one the workspace's
 * TypeScript 7 consumer (examples/typescript-7) pins, not a second pin here: as an alias in bench
 * it would also take over bench's own `tsc` bin, both packages having one. Its bin/tsc is a node
 * script that starts the native compiler of its platform package, so node runs both as `npx tsc`
 * would.
 */
export function typeScriptCompilers(): Compiler[] {
  return [benchDir, join(repoRoot, "examples/typescript-7")].map((project) => {
    const dir = join(project, "node_modules/typescript");
    const { version } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
      version: string;
    };
    return { name: `TypeScript ${version}`, tsc: join(dir, "bin/tsc") };
  });
}

/**
 * One compiler's rows from its samples; `oursProblem` says why ours has no figure (its package
 * is not built, or its consumer does not compile under this compiler).
 */
export function typecheckRows(
  compiler: string,
  runs: number,
  samples: Readonly<Partial<Record<Checked, readonly number[]>>>,
  oursProblem?: string,
): Row[] {
  const medianOf = (program: Checked) => {
    const values = samples[program];
    return values && values.length > 0 ? median(values) : undefined;
  };
  const officialMs = medianOf("official");
  const modules = medianOf("ours-modules");
  const row = (
    program: Checked,
    figure: string,
    goal: string | undefined,
    baseline: [number | undefined, string],
  ): Row => {
    const value = oursProblem ? undefined : medianOf(program);
    // Per-round ratios, as the overhead benchmark takes them: both runs of a round are seconds
    // apart, so load that drifts across the benchmark (it moved these medians by a few hundredths
    // between runs) cancels out instead of deciding the verdict. A median implies samples.
    const r =
      value === undefined || officialMs === undefined
        ? undefined
        : pairedRatio(samples[program]!, samples.official!);
    return {
      figure: `${figure}, ${compiler} (median of ${runs})`,
      unit: "ms",
      ours: value ?? oursProblem,
      official: officialMs,
      baseline: baseline[0],
      baselineName: baseline[1],
      ...(r !== undefined && { ratio: { value: r, of: "official" as const } }),
      ...(goal !== undefined && { goal, ...(r !== undefined && { met: r <= 0.6 }) }),
    };
  };
  return [
    row(
      "ours-modules",
      "tsc --noEmit of the consumer, module entries",
      "<= 0.6x official (#3, #17)",
      [medianOf("baseline"), "bare fetch"],
    ),
    row("ours-filtered", "the same with typed filters in use", "<= 0.6x official (#6)", [
      modules,
      "ours without filters",
    ]),
    // For comparison: the root entry reaches every module's declarations.
    row("ours", "the same importing the package root (every module)", undefined, [
      modules,
      "ours from module entries",
    ]),
  ];
}

interface Measurement<C> {
  key: string;
  compiler: C;
  program: Checked;
}

/**
 * What is timed: every program under every compiler, each program's compilers one right after
 * the other so that drift hits both alike; ours only under the compilers its consumers compile
 * with (`oursFails`).
 */
export function measurementPlan<C extends { name: string }>(
  compilers: readonly C[],
  oursFails: (compiler: C) => boolean,
): Measurement<C>[] {
  return programs.flatMap((program) =>
    compilers.flatMap((compiler) =>
      program !== "official" && program !== "baseline" && oursFails(compiler)
        ? []
        : [{ key: `${compiler.name} ${program}`, compiler, program }],
    ),
  );
}

/** One compiler's samples by program, out of the samples of the whole plan (by key). */
export function samplesUnder<C>(
  plan: readonly Measurement<C>[],
  compiler: C,
  samples: Readonly<Record<string, number[]>>,
): Partial<Record<Checked, number[]>> {
  return Object.fromEntries(
    plan.filter((m) => m.compiler === compiler).map((m) => [m.program, samples[m.key]]),
  );
}

export const typecheck: Benchmark = {
  name: "typecheck",
  description:
    "consumer type-check time, tsc --noEmit under TypeScript 5 and 7, median of alternating runs",
  async run({ quick }) {
    const project = prepareConsumers();
    const typesBuilt = [revisionPackage(project.revision), corePackage()].every((p) =>
      existsSync(join(p.dir, "dist/index.d.ts")),
    );
    // Each side in a fresh project holding only its client, as `npm install <client>` leaves it:
    // the workspace around bench/ would lend one side types its users do not have (flat-install.ts).
    const official = flatProject("official", [join(benchDir, "node_modules/klaviyo-api")]);
    const baseline = flatProject("baseline", []);
    const ours = typesBuilt
      ? flatProject("ours", [revisionPackage(project.revision).dir])
      : project.dir;
    const dirOf = (program: Checked) =>
      program === "official" ? official : program === "baseline" ? baseline : ours;
    for (const program of programs) {
      copyFileSync(project.entry(program), join(dirOf(program), `${program}.ts`));
      copyFileSync(project.tsconfig(program), join(dirOf(program), `tsconfig.${program}.json`));
      copyFileSync(join(project.dir, "package.json"), join(dirOf(program), "package.json"));
    }
    const compilers = typeScriptCompilers();
    const check = (compiler: Compiler, program: Checked) => async () => {
      const result = await runCommand(
        process.execPath,
        [compiler.tsc, "-p", `tsconfig.${program}.json`],
        { cwd: dirOf(program) },
      );
      if (result.code !== 0) {
        const message = (result.stdout || result.stderr).split("\n")[0];
        throw new Error(`${program}.ts does not type-check under ${compiler.name}: ${message}`);
      }
      return result.ms;
    };
    // One untimed check per program and compiler: warms the file cache and finds a consumer that
    // does not compile under that compiler.
    const oursProblems = new Map<Compiler, string | undefined>();
    for (const compiler of compilers) {
      await check(compiler, "official")();
      await check(compiler, "baseline")();
      let problem = typesBuilt ? undefined : "n/a (package not built: no .d.ts)";
      if (!problem) {
        problem = await Promise.all(oursPrograms.map((program) => check(compiler, program)())).then(
          () => undefined,
          (error: Error) => `n/a (${error.message.slice(0, 140)})`,
        );
      }
      oursProblems.set(compiler, problem);
    }
    const plan = measurementPlan(compilers, (compiler) => oursProblems.get(compiler) !== undefined);
    const runs = quick ? 3 : 11;
    const samples = await alternate(
      runs,
      Object.fromEntries(plan.map((m) => [m.key, check(m.compiler, m.program)])),
    );
    return compilers.flatMap((compiler) =>
      typecheckRows(
        compiler.name,
        runs,
        samplesUnder(plan, compiler, samples),
        oursProblems.get(compiler),
      ),
    );
  },
};
