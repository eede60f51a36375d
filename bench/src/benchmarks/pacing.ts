import { join } from "node:path";
import { burst, startLimitedServer, steady } from "../lib/limited-server.js";
import { pacedRun, untilWindowStart, type PacedRun } from "../lib/paced-run.js";
import { benchApiKey, importOurs } from "../lib/sides.js";
import { ratio } from "../lib/stats.js";
import { corePackage, revisionPackage } from "../lib/workspace.js";
import type { Row } from "../report/row.js";
import type { Benchmark } from "./benchmark.js";

const windows = 2;
const concurrency = 16;

interface Stats {
  ok: number;
  throttled: number;
}

export const pacing: Benchmark = {
  name: "pacing",
  description: `throughput vs a server enforcing ${burst}/s + ${steady}/window, over ${windows} steady windows`,
  async run({ windowSeconds }) {
    const revision = revisionPackage();
    const oursBuilt = revision.built && corePackage().built;
    const windowMs = windowSeconds * 1000;
    const server = await startLimitedServer(windowMs);
    const stats = async (path: string) =>
      (await (await fetch(`${server.url}${path}`)).json()) as Stats;
    // Each side starts on a window boundary, so that it is measured over exactly `windows` windows.
    const measure = async (call: (signal: AbortSignal) => Promise<unknown>) => {
      await untilWindowStart(windowMs);
      await stats("/__reset");
      const run = await pacedRun(call, { concurrency, durationMs: windows * windowMs });
      return { run, throttled: (await stats("/__stats")).throttled };
    };
    try {
      let ours: { run: PacedRun; throttled: number } | undefined;
      if (oursBuilt) {
        const pkg = await importOurs(join(revision.dir, "dist/index.js"));
        const client = pkg.createKlaviyo({ apiKey: benchApiKey, baseUrl: server.url });
        const op = pkg.getProfiles as unknown as (
          c: unknown,
          p: object,
          o: object,
        ) => Promise<unknown>;
        ours = await measure((signal) => op(client, {}, { signal }));
      }
      const { ApiKeySession, ProfilesApi } = await import("klaviyo-api");
      const api = new ProfilesApi(new ApiKeySession(benchApiKey));
      api.basePath = server.url;
      const official = await measure(() => api.getProfiles());
      const capacity = steady * windows;
      const share = (run: PacedRun) => (run.ok / capacity) * 100;
      const oursShare = ours ? share(ours.run) : undefined;
      const r = ratio(oursShare, share(official.run));
      const notBuilt = "n/a (package not built)";
      const rows: Row[] = [
        {
          figure: `share of steady limit, ${windows} x ${windowSeconds} s windows`,
          unit: "%",
          ours: oursShare ?? notBuilt,
          official: share(official.run),
          ...(r !== undefined && { ratio: { value: r, of: "official" as const } }),
          goal: ">= 95% (#4)",
          ...(oursShare !== undefined && { met: oursShare >= 95 }),
        },
        {
          figure: "429 responses received",
          unit: "429s",
          ours: ours?.throttled ?? notBuilt,
          official: official.throttled,
          goal: "0 (#4)",
          ...(ours && { met: ours.throttled === 0 }),
        },
      ];
      return rows;
    } finally {
      await server.close();
    }
  },
};
