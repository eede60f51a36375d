import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { prepareConsumers, type Side } from "../lib/consumers.js";
import { ratio } from "../lib/stats.js";
import { corePackage, revisionPackage } from "../lib/workspace.js";
import type { Row, Value } from "../report/row.js";
import type { Benchmark } from "./benchmark.js";

type Platform = "node" | "browser";

/** Minified, gzipped size in KB of one consumer bundled for one platform, or why it failed. */
async function bundledKb(entry: string, platform: Platform): Promise<Value> {
  try {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: "esm",
      platform,
      target: "es2022",
      write: false,
      logLevel: "silent",
    });
    const code = result.outputFiles[0]!.contents;
    return gzipSync(code, { level: 9 }).length / 1024;
  } catch (error) {
    const first = (error as { errors?: { text: string }[] }).errors?.[0]?.text ?? String(error);
    return `fails: ${first.slice(0, 60)}`;
  }
}

export const bundle: Benchmark = {
  name: "bundle",
  description: "consumer (paged profiles, event, lists) bundled by esbuild, minified + gzipped",
  async run() {
    const project = prepareConsumers();
    const oursBuilt = revisionPackage(project.revision).built && corePackage().built;
    const rows: Row[] = [];
    for (const platform of ["node", "browser"] as const) {
      const size = async (side: Side) => bundledKb(project.entry(side), platform);
      const ours = oursBuilt ? await size("ours") : "n/a (package not built)";
      const official = await size("official");
      const baseline = await size("baseline");
      const numeric = typeof ours === "number" ? ours : undefined;
      const r = ratio(numeric, typeof official === "number" ? official : undefined);
      rows.push({
        figure: `bundle, ${platform} (min+gz)`,
        unit: "KB",
        ours,
        official,
        baseline,
        baselineName: "bare fetch",
        ...(r !== undefined && { ratio: { value: r, of: "official" as const } }),
        goal: "<= 8 KB (#17)",
        ...(numeric !== undefined && { met: numeric <= 8 }),
      });
      // The same program on createKlaviyoWithTypedFetch: what typed fetch costs when it is not called.
      const typedFetch = oursBuilt
        ? await bundledKb(project.entry("ours-typed-fetch"), platform)
        : "n/a (package not built)";
      rows.push({
        figure: `bundle, ${platform}, client with typed fetch (min+gz)`,
        unit: "KB",
        ours: typedFetch,
      });
    }
    return rows;
  },
};
