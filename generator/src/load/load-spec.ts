import { basename, join } from "node:path";
import { UserError } from "../errors.js";
import type { OpenApiDocument } from "@klaviyo-ts/spec-model";
import type { LockedFile, SpecFileName } from "../spec/lock.js";
import { assertChecksum, readMaterialised } from "../spec/materialised.js";

export interface LoadedSpec {
  revision: string;
  file: SpecFileName;
  commit: string;
  document: OpenApiDocument;
}

/**
 * Reads one materialised spec file and refuses it unless its sha256 matches the lock and it is an
 * OpenAPI 3 document. Every command that reads a spec reads it here.
 */
export async function loadSpec(
  specDir: string,
  revision: string,
  file: SpecFileName,
  locked: LockedFile,
): Promise<LoadedSpec> {
  const label = join(basename(specDir), revision, file);
  const bytes = await readMaterialised(join(specDir, revision, file));
  if (!bytes) {
    throw new UserError(`${label} is missing; run \`klaviyo-gen spec sync ${revision}\` first`);
  }
  assertChecksum(label, bytes, locked);
  const document = JSON.parse(new TextDecoder().decode(bytes)) as OpenApiDocument | null;
  const version = document?.openapi;
  if (!document || typeof version !== "string" || !version.startsWith("3.")) {
    throw new UserError(
      `${label} is not an OpenAPI 3 document (openapi: ${JSON.stringify(version)})`,
    );
  }
  return { revision, file, commit: locked.commit, document };
}
