import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import { idealSpanMs, pacingEfficiency } from "../lib/ideal-span.js";
import { burst, startLimitedServer, steady, type AccountStats } from "../lib/limited-server.js";
import { completeAll } from "../lib/paced-run.js";
import { runNodeJson } from "../lib/child.js";
import { corePackage, latestRevision, requireBuilt, revisionPackage } from "../lib/workspace.js";
import type { Row } from "../report/row.js";
import type { Benchmark } from "./benchmark.js";

export const concurrency = 64;
export const offsetCount = 5;

/** The workloads: a bulk sync of this many GETs to one endpoint. */
export function workloads(quick: boolean): number[] {
  return quick ? [1_600] : [1_600, 10_000];
}

/** Random window offsets, one server each; the client knows none of them. */
export function randomOffsets(): number[] {
  return Array.from({ length: offsetCount }, () => Math.floor(Math.random() * 60_000));
}

/** Each side is its own account on the server, so that all three run at once without sharing a quota. */
const apiKey = (side: string) => `pk_${side.repeat(34)}`;

export interface OffsetResult {
  offsetMs: number;
  efficiency: number;
  throttled: number;
  /** admitted per steady window (printed, not reported): a short one is where efficiency went */
  windows: string;
}

/** Efficiency and 429s of one account, from what the server saw. */
export function measured(count: number, offsetMs: number, stats: AccountStats): OffsetResult {
  const ideal = idealSpanMs(count, stats.first, { burst, steady, offsetMs });
  return {
    offsetMs,
    efficiency: pacingEfficiency(ideal, stats.lastOk - stats.first),
    throttled: stats.throttled,
    windows: Array.from(stats.windows, (n) => n ?? 0).join(" "),
  };
}

type Sides = Record<"ours" | "official" | "loop", OffsetResult>;

const oursProbe = fileURLToPath(new URL("../probes/paced-client.js", import.meta.url));

async function runOffset(count: number, offsetMs: number, oursEntry: string): Promise<Sides> {
  const server = await startLimitedServer(offsetMs);
  try {
    const { ApiKeySession, ProfilesApi } = await import("klaviyo-api");
    const official = new ProfilesApi(new ApiKeySession(apiKey("f")));
    official.basePath = server.url;
    const loopHeaders = {
      authorization: `Klaviyo-API-Key ${apiKey("l")}`,
      revision: latestRevision(),
      accept: "application/vnd.api+json",
    };
    // What a user writes without a client: send, and on a 429 wait what Retry-After says.
    const loop = async () => {
      for (;;) {
        const response = await fetch(`${server.url}/api/profiles`, { headers: loopHeaders });
        await response.arrayBuffer();
        if (response.status !== 429) return;
        await sleep(Number(response.headers.get("retry-after") ?? 1) * 1000);
      }
    };
    await Promise.all([
      runNodeJson(oursProbe, [
        oursEntry,
        server.url,
        apiKey("o"),
        String(count),
        String(concurrency),
      ]),
      completeAll(() => official.getProfiles(), { count, concurrency }),
      completeAll(loop, { count, concurrency }),
    ]);
    const stats = await server.stats();
    const of = (side: string) =>
      measured(count, offsetMs, stats[`Klaviyo-API-Key ${apiKey(side)}`]!);
    return { ours: of("o"), official: of("f"), loop: of("l") };
  } finally {
    await server.close();
  }
}

const percent = (value: number) => Math.round(value * 1000) / 10;

export const pacing: Benchmark = {
  name: "pacing",
  description: `bulk GETs, ${concurrency} in flight, vs a server enforcing ${burst}/s + ${steady}/min in fixed windows at ${offsetCount} random offsets`,
  async run({ quick }) {
    const revision = revisionPackage();
    requireBuilt(corePackage(), revision);
    const rows: Row[] = [];
    for (const count of workloads(quick)) {
      const offsets = randomOffsets();
      // The offsets run at once, each with its own server, so the 10,000 run takes minutes, not an hour.
      const results = await Promise.all(
        offsets.map((offset) => runOffset(count, offset, join(revision.dir, "dist/index.js"))),
      );
      for (const r of results) console.log(`  ${count} requests, offset ${r.ours.offsetMs} ms:`, r);
      const worst = (side: keyof Sides) =>
        percent(Math.min(...results.map((r) => r[side].efficiency)));
      const throttled = (side: keyof Sides) =>
        results.reduce((sum, r) => sum + r[side].throttled, 0);
      const oursWorst = worst("ours");
      rows.push(
        {
          figure: `efficiency (ideal / actual span), ${count.toLocaleString("en-US")} requests, min of offsets ${offsets.join(", ")} ms`,
          unit: "%",
          ours: oursWorst,
          official: worst("official"),
          baseline: worst("loop"),
          baselineName: "plain loop honouring Retry-After",
          ratio: { value: oursWorst / worst("official"), of: "official" },
          goal: ">= 95% (#13)",
          met: oursWorst >= 95,
        },
        {
          figure: `429 responses, ${count.toLocaleString("en-US")} requests, all ${offsetCount} offsets`,
          unit: "429s",
          ours: throttled("ours"),
          official: throttled("official"),
          baseline: throttled("loop"),
          baselineName: "plain loop honouring Retry-After",
          goal: "0 (#13)",
          met: throttled("ours") === 0,
        },
      );
    }
    return rows;
  },
};
