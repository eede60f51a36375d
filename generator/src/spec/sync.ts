import { sha256 } from "./checksum.js";
import { writeAtomic } from "../fs/write-atomic.js";
import { type Lock, type SpecFileName, lockedFiles, selectRevisions } from "./lock.js";
import {
  assertChecksum,
  assertJson,
  readMaterialised,
  relativeSpecPath,
  specFilePath,
} from "./materialised.js";
import { type SpecSource, fetchSpecFile } from "./spec-source.js";

export type SyncOutcome = "present" | "written";

export interface SyncResult {
  revision: string;
  file: SpecFileName;
  outcome: SyncOutcome;
}

/**
 * Materialises every locked file of the chosen revisions under spec/<revision>/. A file already
 * there with the right hash is left alone; anything else is fetched, checked against the lock
 * (hash, then JSON) and only then renamed into place, so a failure leaves no half-written file.
 */
export async function syncSpecs(options: {
  root: string;
  lock: Lock;
  revisions: readonly string[];
  source: SpecSource;
}): Promise<SyncResult[]> {
  const results: SyncResult[] = [];
  for (const revision of selectRevisions(options.lock, options.revisions)) {
    const entry = options.lock.revisions[revision]!;
    for (const [name, locked] of lockedFiles(entry)) {
      const target = specFilePath(options.root, revision, name);
      const existing = await readMaterialised(target);
      if (existing && sha256(existing) === locked.sha256) {
        results.push({ revision, file: name, outcome: "present" });
        continue;
      }
      const data = await fetchSpecFile(options.source, revision, name, locked, entry);
      const label =
        options.source.kind === "mirror"
          ? `${options.source.dir}/${revision}/${name}`
          : relativeSpecPath(revision, name);
      assertChecksum(label, data, locked);
      assertJson(label, data);
      await writeAtomic(target, data);
      results.push({ revision, file: name, outcome: "written" });
    }
  }
  return results;
}
