import { join } from "node:path";
import { emitApiReport, type ApiReportSection } from "../emit/api-report.js";
import { generatedHeader } from "../emit/header.js";
import { loadSpec } from "../load/load-spec.js";
import type { LockedRevision, SpecFileName } from "../spec/lock.js";
import { readOperations } from "../model/operations.js";
import { normalise } from "../normalise/normalise.js";
import { splitByModule } from "../model/split-by-module.js";
import { writeFiles, writeIfChanged, type WriteResult } from "../write/write-files.js";
import { emitClient } from "./emit-client.js";
import { StageTimer } from "./stage-timer.js";

export interface GenerateRevisionOptions {
  root: string;
  specDir: string;
  revision: string;
  locked: LockedRevision;
  /** Folder the generated client goes to (owned entirely by the generator). */
  outDir: string;
  /** Where api-report.md goes; omitted, no report is written. */
  reportPath?: string;
}

export interface GenerateRevisionResult {
  revision: string;
  operationCount: number;
  /** Stable operations with a filter grammar, i.e. a typed `filter` builder. */
  filterableCount: number;
  betaOperationCount?: number;
  /** The stable client's modules, each a package entry (`@klaviyo-ts/<revision>/<module>`). */
  modules: string[];
  write: WriteResult;
  reportWritten: boolean;
  timer: StageTimer;
}

const clients: readonly {
  file: SpecFileName;
  folder: string;
  suffix: string;
  title: string;
  entry: string;
  moduleEntries: boolean;
}[] = [
  { file: "stable.json", folder: "", suffix: "", title: "Stable", entry: "", moduleEntries: true },
  {
    file: "beta.json",
    folder: "beta/",
    suffix: ".pre",
    title: "Beta",
    entry: "/beta",
    moduleEntries: false,
  },
];

/**
 * load -> normalise -> emit types -> emit operations -> write, for one lock revision. There is no
 * formatter pass over generated code (it is prettier-ignored): running prettier over it tripled the
 * generation time. Modules are laid out by the one builder, emit/source-file.ts.
 */
export async function generateRevision(
  options: GenerateRevisionOptions,
): Promise<GenerateRevisionResult> {
  const { revision, locked } = options;
  const timer = new StageTimer();
  const files = new Map<string, string>();
  const sections: ApiReportSection[] = [];
  const counts: number[] = [];
  const filterable: number[] = [];
  let modules: string[] = [];
  for (const client of clients) {
    const lockedFile = locked.files[client.file];
    if (!lockedFile) continue;
    const spec = await timer.time("load", () =>
      loadSpec(options.specDir, revision, client.file, lockedFile),
    );
    const document = await timer.time("normalise", () => normalise(spec.document));
    const operations = readOperations(document);
    const clientRevision = `${revision}${client.suffix}`;
    const header = generatedHeader(clientRevision, spec.commit);
    const byModule = splitByModule(document);
    const emitted = await emitClient(
      document,
      byModule,
      operations,
      clientRevision,
      header,
      timer,
      client.moduleEntries,
    );
    for (const [path, text] of emitted) {
      files.set(`${client.folder}${path}`, text);
    }
    sections.push({
      title: client.title,
      importPath: `@klaviyo-ts/${revision}${client.entry}`,
      operations,
    });
    if (client.moduleEntries) modules = [...byModule.keys()];
    counts.push(operations.length);
    filterable.push(operations.filter((op) => op.filters !== undefined).length);
  }
  const write = await timer.time("write", () => writeFiles(options.outDir, files));
  const stableCommit = locked.files["stable.json"]?.commit ?? locked.source.commit;
  const reportWritten = options.reportPath
    ? await timer.time("write", async () =>
        writeIfChanged(options.reportPath ?? "", emitApiReport(revision, stableCommit, sections)),
      )
    : false;
  return {
    revision,
    operationCount: counts[0] ?? 0,
    filterableCount: filterable[0] ?? 0,
    ...(counts[1] !== undefined ? { betaOperationCount: counts[1] } : {}),
    modules,
    write,
    reportWritten,
    timer,
  };
}

export function defaultOutDir(root: string, revision: string): string {
  return join(root, "packages", revision, "src", "generated");
}
