import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServerProcess } from "../lib/child.js";
import {
  bareFetchCall,
  type Call,
  officialCall,
  openapiFetchCall,
  ourCalls,
} from "../lib/sides.js";
import { alternate, median, pairedRatio } from "../lib/stats.js";
import { corePackage, revisionPackage } from "../lib/workspace.js";
import type { Row } from "../report/row.js";
import type { Benchmark } from "./benchmark.js";

const serverScript = fileURLToPath(new URL("../servers/jsonapi-server.js", import.meta.url));
const concurrency = 8;

/** Client CPU time (user + system, µs) per call of `call` made `total` times by `concurrency` workers. */
function cpuPerCall(call: Call, total: number) {
  return async () => {
    let next = 0;
    const worker = async () => {
      while (next++ < total) await call();
    };
    const before = process.cpuUsage();
    await Promise.all(Array.from({ length: concurrency }, worker));
    const spent = process.cpuUsage(before);
    return (spent.user + spent.system) / total;
  };
}

/** Requests per second of `call` made `total` times by `concurrency` workers. */
function throughput(call: Call, total: number) {
  return async () => {
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      while (next++ < total) await call();
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return total / ((performance.now() - started) / 1000);
  };
}

export const overhead: Benchmark = {
  name: "overhead",
  description: `requests/s through the client vs bare fetch (loopback, and a server answering in 20-50 ms), client CPU per call; limiter off, ${concurrency} in flight`,
  async run({ quick }) {
    const revision = revisionPackage();
    const oursBuilt = revision.built && corePackage().built;
    const server = await startServerProcess(serverScript);
    const slowServer = await startServerProcess(serverScript, ["--latency-ms", "20-50"]);
    try {
      // Many short rounds: the machine's load drifts, and each round compares sides run moments apart.
      const total = quick ? 300 : 1000;
      const rounds = quick ? 5 : 21;
      const ours = oursBuilt
        ? await ourCalls(join(revision.dir, "dist/index.js"), server.url)
        : undefined;
      const sides: Record<string, () => Promise<number>> = {
        baseline: throughput(bareFetchCall(server.url), total),
        official: throughput(await officialCall(server.url), total),
        openapiFetch: throughput(await openapiFetchCall(server.url), total),
        ...(ours && {
          typedFetch: throughput(ours.typedFetch, total),
          operation: throughput(ours.operation, total),
        }),
      };
      // One untimed round warms up every side's JIT and connection pool.
      await alternate(1, sides);
      const samples = await alternate(rounds, sides);
      const official = median(samples.official!);
      const row = (
        figure: string,
        values: number[] | undefined,
        against: { name: string; samples: number[]; goal?: number },
      ): Row => {
        const r = values && pairedRatio(values, against.samples);
        const { goal } = against;
        return {
          figure,
          unit: "req/s",
          ours: values ? median(values) : "n/a (package not built)",
          official,
          baseline: median(against.samples),
          baselineName: against.name,
          ...(r !== undefined && {
            ratio: { value: r, of: "baseline" as const },
            ...(goal !== undefined && { met: r >= goal }),
          }),
          ...(goal !== undefined && { goal: `>= ${goal}x bare fetch (#4)` }),
        };
      };
      const bare = { name: "bare fetch", samples: samples.baseline!, goal: 0.9 };

      // As users meet it: Klaviyo answers in tens of milliseconds, so what the client costs shows
      // as requests per second lost while waiting on the network, and as CPU time the process spends.
      const slowOurs = oursBuilt
        ? await ourCalls(join(revision.dir, "dist/index.js"), slowServer.url)
        : undefined;
      const slowTotal = quick ? 80 : 240;
      const slowRounds = quick ? 3 : 9;
      const slowSides: Record<string, () => Promise<number>> = {
        baseline: throughput(bareFetchCall(slowServer.url), slowTotal),
        ...(slowOurs && {
          typedFetch: throughput(slowOurs.typedFetch, slowTotal),
          operation: throughput(slowOurs.operation, slowTotal),
        }),
      };
      await alternate(1, slowSides);
      const slow = await alternate(slowRounds, slowSides);
      const slowBare = { name: "bare fetch", samples: slow.baseline!, goal: 0.98 };

      const cpuTotal = quick ? 300 : 1000;
      const cpuRounds = quick ? 5 : 15;
      const cpuSides: Record<string, () => Promise<number>> = {
        baseline: cpuPerCall(bareFetchCall(server.url), cpuTotal),
        ...(ours && {
          typedFetch: cpuPerCall(ours.typedFetch, cpuTotal),
          operation: cpuPerCall(ours.operation, cpuTotal),
        }),
      };
      await alternate(1, cpuSides);
      const cpu = await alternate(cpuRounds, cpuSides);
      const cpuRow = (figure: string, values: number[] | undefined): Row => {
        const r = values && pairedRatio(values, cpu.baseline!);
        return {
          figure,
          unit: "µs",
          ours: values ? median(values) : "n/a (package not built)",
          baseline: median(cpu.baseline!),
          baselineName: "bare fetch",
          ...(r !== undefined && { ratio: { value: r, of: "baseline" as const }, met: r <= 1.5 }),
          goal: "<= 1.5x bare fetch (#12)",
        };
      };
      const latencyRow = (figure: string, values: number[] | undefined): Row => ({
        ...row(figure, values, slowBare),
        official: "—",
        goal: ">= 0.98x bare fetch (#12)",
      });

      return [
        row(`GET /api/profiles, typed fetch layer (${rounds} rounds)`, samples.typedFetch, bare),
        row(`getProfiles(), operation layer (${rounds} rounds)`, samples.operation, bare),
        row(
          `typed fetch layer against openapi-fetch alone (${rounds} rounds)`,
          samples.typedFetch,
          {
            name: "openapi-fetch",
            samples: samples.openapiFetch!,
          },
        ),
        latencyRow(
          `GET /api/profiles, typed fetch layer, server answering in 20-50 ms (${slowRounds} rounds)`,
          slow.typedFetch,
        ),
        latencyRow(
          `getProfiles(), operation layer, server answering in 20-50 ms (${slowRounds} rounds)`,
          slow.operation,
        ),
        cpuRow(`client CPU per call, typed fetch layer (${cpuRounds} rounds)`, cpu.typedFetch),
        cpuRow(`client CPU per call, operation layer (${cpuRounds} rounds)`, cpu.operation),
      ];
    } finally {
      await Promise.all([server.close(), slowServer.close()]);
    }
  },
};
