import { join } from "node:path";
import { measureFootprint, type Footprint } from "../lib/footprint.js";
import { ratio } from "../lib/stats.js";
import { benchDir, corePackage, revisionPackage } from "../lib/workspace.js";
import type { Row, Unit } from "../report/row.js";
import type { Benchmark } from "./benchmark.js";

const figures: { figure: string; unit: Unit; pick: (f: Footprint) => number }[] = [
  { figure: "packed size (the packages)", unit: "KB", pick: (f) => f.packedBytes / 1024 },
  { figure: "installed size (with deps)", unit: "MB", pick: (f) => f.unpackedBytes / 2 ** 20 },
  { figure: "installed files (with deps)", unit: "files", pick: (f) => f.files },
  { figure: "runtime dependencies", unit: "deps", pick: (f) => f.runtimeDeps },
];

export const install: Benchmark = {
  name: "install",
  description: "install footprint: packed/unpacked size, file count, runtime dependencies",
  async run() {
    const core = corePackage();
    const revision = revisionPackage();
    const ours =
      core.built && revision.built ? await measureFootprint([revision.dir, core.dir]) : undefined;
    const official = await measureFootprint([join(benchDir, "node_modules/klaviyo-api")]);
    const baseline = await measureFootprint([join(benchDir, "node_modules/openapi-fetch")]);
    return figures.map(({ figure, unit, pick }): Row => {
      const value = ours ? pick(ours) : undefined;
      const r = ratio(value, pick(official));
      return {
        figure,
        unit,
        ours: value ?? "n/a (package not built)",
        official: pick(official),
        baseline: pick(baseline),
        baselineName: "openapi-fetch",
        ...(r !== undefined && { ratio: { value: r, of: "official" as const } }),
      };
    });
  },
};
