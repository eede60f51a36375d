import { join } from "node:path";
import { UserError } from "../errors.js";
import { loadSpec } from "../load/load-spec.js";
import type { Lock, SpecFileName } from "../spec/lock.js";
import type { OpenApiDocument } from "@klaviyo-ts/spec-model";

const REVISION = /^(\d{4}-\d{2}-\d{2})(\.pre)?$/;

/**
 * Reads the spec a revision label names, checked against the lock: spec/<rev>/stable.json, or
 * beta.json for "<rev>.pre".
 */
export async function loadRevisionSpec(
  root: string,
  lock: Lock,
  revision: string,
): Promise<OpenApiDocument> {
  const match = REVISION.exec(revision);
  if (!match?.[1]) {
    throw new UserError(`invalid revision "${revision}": expected YYYY-MM-DD or YYYY-MM-DD.pre`);
  }
  const base = match[1];
  const name: SpecFileName = match[2] ? "beta.json" : "stable.json";
  const entry = lock.revisions[base];
  if (!entry) {
    const newest = Object.keys(lock.revisions).sort().slice(-3).join(", ");
    throw new UserError(
      `unknown revision ${revision}: not in spec/revisions.json (newest: ${newest})`,
    );
  }
  const locked = entry.files[name];
  if (!locked) throw new UserError(`revision ${base} has no ${name} in spec/revisions.json`);
  const { document } = await loadSpec(join(root, "spec"), base, name, locked);
  return document;
}
