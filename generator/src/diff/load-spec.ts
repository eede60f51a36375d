import { UserError } from "../errors.js";
import type { Lock, SpecFileName } from "../spec/lock.js";
import {
  assertChecksum,
  readMaterialised,
  relativeSpecPath,
  specFilePath,
} from "../spec/materialised.js";
import type { OpenApiDocument } from "./openapi.js";

const REVISION = /^(\d{4}-\d{2}-\d{2})(\.pre)?$/;

/**
 * Reads a revision's materialised spec, checked against the lock: spec/<rev>/stable.json, or
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
  const label = relativeSpecPath(base, name);
  const bytes = await readMaterialised(specFilePath(root, base, name));
  if (!bytes)
    throw new UserError(`${label} is missing; run \`klaviyo-gen spec sync ${base}\` first`);
  assertChecksum(label, bytes, locked);
  const spec = JSON.parse(new TextDecoder().decode(bytes)) as OpenApiDocument | null;
  const version = spec?.openapi;
  if (!spec || typeof version !== "string" || !version.startsWith("3.")) {
    throw new UserError(
      `${label} is not an OpenAPI 3 document (openapi: ${JSON.stringify(version)})`,
    );
  }
  return spec;
}
