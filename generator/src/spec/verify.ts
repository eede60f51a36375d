import { UserError } from "../errors.js";
import { type Lock, lockedFiles, selectRevisions } from "./lock.js";
import {
  assertChecksum,
  assertJson,
  readMaterialised,
  relativeSpecPath,
  specFilePath,
} from "./materialised.js";

/** Re-checks every materialised file of the chosen revisions against the lock; throws on the first problem. */
export async function verifySpecs(options: {
  root: string;
  lock: Lock;
  revisions: readonly string[];
}): Promise<number> {
  let checked = 0;
  for (const revision of selectRevisions(options.lock, options.revisions)) {
    const entry = options.lock.revisions[revision]!;
    for (const [name, locked] of lockedFiles(entry)) {
      const label = relativeSpecPath(revision, name);
      const data = await readMaterialised(specFilePath(options.root, revision, name));
      if (!data) throw new UserError(`${label} is missing; run: klaviyo-gen spec sync ${revision}`);
      assertChecksum(label, data, locked);
      assertJson(label, data);
      checked++;
    }
  }
  return checked;
}
