import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runNodeJson, startServerProcess } from "../lib/child.js";
import { ratio } from "../lib/stats.js";
import {
  corePackage,
  latestRevision,
  mockPackage,
  requireBuilt,
  revisionPackage,
} from "../lib/workspace.js";
import type { Row } from "../report/row.js";
import type { Benchmark } from "./benchmark.js";

const mockServer = fileURLToPath(new URL("../probes/mock-server.js", import.meta.url));
const paginate = fileURLToPath(new URL("../probes/paginate.js", import.meta.url));

interface Walk {
  count: number;
  seconds: number;
  peakRssMB: number;
}

export const paginationMemory: Benchmark = {
  name: "pagination-memory",
  description: "peak RSS of a process paging through 100,000 profiles served by the mock",
  async run({ quick }) {
    const mock = mockPackage();
    requireBuilt(mock);
    const revision = revisionPackage();
    const oursBuilt = revision.built && corePackage().built;
    const profiles = quick ? 5_000 : 100_000;
    const server = await startServerProcess(mockServer, [
      mock.entry,
      latestRevision(),
      String(profiles),
    ]);
    try {
      const walk = async (side: string, limit: number) => {
        const args = [side, server.url, join(revision.dir, "dist/index.js"), String(limit)];
        const result = await runNodeJson<Walk>(paginate, args);
        if (result.count !== limit)
          throw new Error(`${side} saw ${result.count} profiles, want ${limit}`);
        return result;
      };
      // Two lengths of walk: memory that stays constant does not grow from the short to the long one.
      const rows: Row[] = [];
      let longest: Record<string, Walk | undefined> = {};
      for (const limit of [profiles / 10, profiles]) {
        const baseline = await walk("baseline", limit);
        const official = await walk("official", limit);
        const ours = oursBuilt ? await walk("ours", limit) : undefined;
        longest = { baseline, official, ours };
        const r = ratio(ours?.peakRssMB, official.peakRssMB);
        rows.push({
          figure: `peak RSS paging ${limit.toLocaleString("en-US")} profiles`,
          unit: "MB",
          ours: ours?.peakRssMB ?? "n/a (package not built)",
          official: official.peakRssMB,
          baseline: baseline.peakRssMB,
          baselineName: "bare fetch",
          ...(r !== undefined && { ratio: { value: r, of: "official" as const } }),
          goal: "constant memory (#4)",
        });
      }
      rows.push({
        figure: `time paging ${profiles.toLocaleString("en-US")} profiles`,
        unit: "s",
        ours: longest.ours?.seconds ?? "n/a (package not built)",
        official: longest.official!.seconds,
        baseline: longest.baseline!.seconds,
        baselineName: "bare fetch",
      });
      return rows;
    } finally {
      await server.close();
    }
  },
};
