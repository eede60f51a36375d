import { fileURLToPath } from "node:url";
import { runNodeJson } from "../lib/child.js";
import { median } from "../lib/stats.js";
import { latestRevision, mockPackage, requireBuilt } from "../lib/workspace.js";
import type { Row } from "../report/row.js";
import type { Benchmark } from "./benchmark.js";

const probe = fileURLToPath(new URL("../probes/mock-startup.js", import.meta.url));

interface Startup {
  listeningMs: number;
  firstAnswerMs: number;
}

export const mockStartup: Benchmark = {
  name: "mock-startup",
  description:
    "fresh process: import @klaviyo-ts/mock, start it for the latest revision, first answer",
  async run({ quick }) {
    const mock = mockPackage();
    requireBuilt(mock);
    const revision = latestRevision();
    const runs = quick ? 3 : 7;
    const samples: Startup[] = [];
    for (let i = 0; i < runs; i++)
      samples.push(await runNodeJson<Startup>(probe, [mock.entry, revision]));
    const row = (figure: string, ms: number): Row => ({
      figure: `${figure}, ${revision} (median of ${runs})`,
      unit: "ms",
      ours: ms,
      goal: "< 3 s (#5)",
      met: ms < 3000,
    });
    return [
      row("mock import + start until listening", median(samples.map((s) => s.listeningMs))),
      row("mock import + start + first answer", median(samples.map((s) => s.firstAnswerMs))),
    ];
  },
};
