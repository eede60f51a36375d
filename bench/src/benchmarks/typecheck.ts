import { copyFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { runCommand } from "../lib/child.js";
import { prepareConsumers, type Program } from "../lib/consumers.js";
import { flatProject } from "../lib/flat-install.js";
import { alternate, median, ratio } from "../lib/stats.js";
import { benchDir, corePackage, revisionPackage } from "../lib/workspace.js";
import type { Row } from "../report/row.js";
import type { Benchmark } from "./benchmark.js";

const tsc = join(benchDir, "node_modules/typescript/bin/tsc");

type Checked = Exclude<Program, "ours-typed-fetch">;
const oursPrograms = ["ours-modules", "ours-filtered", "ours"] as const;

export const typecheck: Benchmark = {
  name: "typecheck",
  description: "consumer type-check time, tsc --noEmit, median of alternating runs",
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
    for (const program of ["official", "baseline", ...oursPrograms] as const) {
      copyFileSync(project.entry(program), join(dirOf(program), `${program}.ts`));
      copyFileSync(project.tsconfig(program), join(dirOf(program), `tsconfig.${program}.json`));
      copyFileSync(join(project.dir, "package.json"), join(dirOf(program), "package.json"));
    }
    const check = (program: Checked) => async () => {
      const result = await runCommand(process.execPath, [tsc, "-p", `tsconfig.${program}.json`], {
        cwd: dirOf(program),
      });
      if (result.code !== 0) {
        throw new Error(`${program}.ts does not type-check: ${result.stdout.split("\n")[0]}`);
      }
      return result.ms;
    };
    // One untimed check per program: warms the file cache and finds a consumer that does not compile.
    let oursProblem = typesBuilt ? undefined : "n/a (package not built: no .d.ts)";
    await check("official")();
    await check("baseline")();
    if (!oursProblem) {
      oursProblem = await Promise.all(oursPrograms.map((program) => check(program)())).then(
        () => undefined,
        (error: Error) => `n/a (${error.message.slice(0, 90)})`,
      );
    }
    const runs = quick ? 3 : 7;
    const samples = await alternate(runs, {
      official: check("official"),
      baseline: check("baseline"),
      ...(!oursProblem && Object.fromEntries(oursPrograms.map((p) => [p, check(p)]))),
    } as Record<Checked, () => Promise<number>>);
    const officialMs = median(samples.official);
    const oursOf = (program: Checked) => (oursProblem ? undefined : median(samples[program]));
    const modules = oursOf("ours-modules");
    const row = (
      program: Checked,
      figure: string,
      goal: string | undefined,
      baseline: [number | undefined, string],
    ): Row => {
      const value = oursOf(program);
      const r = ratio(value, officialMs);
      return {
        figure: `${figure} (median of ${runs})`,
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
        [median(samples.baseline), "bare fetch"],
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
  },
};
