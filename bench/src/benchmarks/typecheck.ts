import { copyFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { runCommand } from "../lib/child.js";
import { prepareConsumers, type Program } from "../lib/consumers.js";
import { flatProject } from "../lib/flat-install.js";
import { alternate, median, ratio } from "../lib/stats.js";
import { benchDir, corePackage, revisionPackage } from "../lib/workspace.js";
import type { Benchmark } from "./benchmark.js";

const tsc = join(benchDir, "node_modules/typescript/bin/tsc");

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
    const sides = {
      official: flatProject("official", [join(benchDir, "node_modules/klaviyo-api")]),
      baseline: flatProject("baseline", []),
      ours: typesBuilt ? flatProject("ours", [revisionPackage(project.revision).dir]) : project.dir,
    };
    const dirOf = (side: Exclude<Program, "ours-typed-fetch">) =>
      side === "ours-filtered" ? sides.ours : sides[side];
    for (const side of ["official", "baseline", "ours", "ours-filtered"] as const) {
      copyFileSync(project.entry(side), join(dirOf(side), `${side}.ts`));
      copyFileSync(project.tsconfig(side), join(dirOf(side), `tsconfig.${side}.json`));
      copyFileSync(join(project.dir, "package.json"), join(dirOf(side), "package.json"));
    }
    const check = (side: Exclude<Program, "ours-typed-fetch">) => async () => {
      const result = await runCommand(process.execPath, [tsc, "-p", `tsconfig.${side}.json`], {
        cwd: dirOf(side),
      });
      if (result.code !== 0) {
        throw new Error(`${side}.ts does not type-check: ${result.stdout.split("\n")[0]}`);
      }
      return result.ms;
    };
    // One untimed check per side: warms the file cache and finds a consumer that does not compile.
    let oursProblem = typesBuilt ? undefined : "n/a (package not built: no .d.ts)";
    await check("official")();
    await check("baseline")();
    if (!oursProblem) {
      oursProblem = await Promise.all([check("ours")(), check("ours-filtered")()]).then(
        () => undefined,
        (error: Error) => `n/a (${error.message.slice(0, 90)})`,
      );
    }
    const runs = quick ? 3 : 7;
    const samples = await alternate(runs, {
      official: check("official"),
      baseline: check("baseline"),
      ...(!oursProblem && { ours: check("ours"), "ours-filtered": check("ours-filtered") }),
    } as Record<Program, () => Promise<number>>);
    const ours = oursProblem ? undefined : median(samples.ours);
    const official = median(samples.official);
    const r = ratio(ours, official);
    const filtered = oursProblem ? undefined : median(samples["ours-filtered"]);
    const rFiltered = ratio(filtered, official);
    return [
      {
        figure: `tsc --noEmit of the consumer (median of ${runs})`,
        unit: "ms",
        ours: ours ?? oursProblem,
        official,
        baseline: median(samples.baseline),
        baselineName: "bare fetch",
        ...(r !== undefined && { ratio: { value: r, of: "official" as const }, met: r <= 0.6 }),
        goal: "<= 0.6x official (#3)",
      },
      {
        figure: `the same with typed filters in use (median of ${runs})`,
        unit: "ms",
        ours: filtered ?? oursProblem,
        official,
        baseline: ours,
        baselineName: "ours without filters",
        ...(rFiltered !== undefined && {
          ratio: { value: rFiltered, of: "official" as const },
          met: rFiltered <= 0.6,
        }),
        goal: "<= 0.6x official (#6)",
      },
    ];
  },
};
