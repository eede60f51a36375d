import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runNodeJson, startServerProcess } from "../lib/child.js";
import { alternate, median, ratio } from "../lib/stats.js";
import { corePackage, revisionPackage } from "../lib/workspace.js";
import type { Benchmark } from "./benchmark.js";

const serverScript = fileURLToPath(new URL("../servers/jsonapi-server.js", import.meta.url));
const probe = fileURLToPath(new URL("../probes/cold-start.js", import.meta.url));

export const coldStart: Benchmark = {
  name: "cold-start",
  description: "fresh process: import the client and make the first request (from process start)",
  async run({ quick }) {
    const revision = revisionPackage();
    const oursBuilt = revision.built && corePackage().built;
    const entry = join(revision.dir, "dist/index.js");
    const server = await startServerProcess(serverScript);
    try {
      const once = (side: string) => async () =>
        (await runNodeJson<{ ms: number }>(probe, [side, server.url, entry])).ms;
      const runs = quick ? 3 : 11;
      const samples = await alternate(runs, {
        baseline: once("baseline"),
        official: once("official"),
        ...(oursBuilt && { ours: once("ours") }),
      } as Record<string, () => Promise<number>>);
      const ours = samples.ours ? median(samples.ours) : undefined;
      const official = median(samples.official!);
      const r = ratio(ours, official);
      return [
        {
          figure: `import + first request (median of ${runs})`,
          unit: "ms",
          ours: ours ?? "n/a (package not built)",
          official,
          baseline: median(samples.baseline!),
          baselineName: "bare fetch",
          ...(r !== undefined && { ratio: { value: r, of: "official" as const } }),
        },
      ];
    } finally {
      await server.close();
    }
  },
};
