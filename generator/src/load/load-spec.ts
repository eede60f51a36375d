import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { UserError } from "../errors.js";
import type { OpenApiDocument } from "../model/openapi.js";
import type { LockedFile, SpecFileName } from "../spec/lock.js";
import { assertChecksum } from "../spec/materialised.js";

export interface LoadedSpec {
  revision: string;
  file: SpecFileName;
  commit: string;
  document: OpenApiDocument;
}

/** Reads one materialised spec file and refuses it unless its sha256 matches the lock. */
export async function loadSpec(
  specDir: string,
  revision: string,
  file: SpecFileName,
  locked: LockedFile,
): Promise<LoadedSpec> {
  const path = join(specDir, revision, file);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new UserError(`${path} is missing; run \`klaviyo-gen spec sync ${revision}\` first`);
  }
  assertChecksum(`${path} (run \`klaviyo-gen spec sync ${revision}\`)`, bytes, locked);
  return {
    revision,
    file,
    commit: locked.commit,
    document: JSON.parse(bytes.toString("utf8")) as OpenApiDocument,
  };
}
