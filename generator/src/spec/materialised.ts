import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { UserError } from "../errors.js";
import { sha256 } from "./checksum.js";
import type { LockedFile, SpecFileName } from "./lock.js";

/** Where `spec sync` puts a revision's file inside the repository. */
export function specFilePath(root: string, revision: string, name: SpecFileName): string {
  return join(root, "spec", revision, name);
}

/** Throws the one-line error for bytes whose hash differs from the lock's. */
export function assertChecksum(label: string, data: Uint8Array, locked: LockedFile): void {
  const actual = sha256(data);
  if (actual !== locked.sha256) {
    throw new UserError(
      `checksum mismatch for ${label}: expected sha256 ${locked.sha256}, got ${actual}`,
    );
  }
}

/** Throws the one-line error for a spec file that does not parse. */
export function assertJson(label: string, data: Uint8Array): void {
  try {
    JSON.parse(new TextDecoder().decode(data));
  } catch (error) {
    throw new UserError(`${label} is not valid JSON: ${(error as Error).message}`);
  }
}

/** The bytes of a materialised file, or undefined when it is not there. */
export async function readMaterialised(file: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

export function relativeSpecPath(revision: string, name: SpecFileName): string {
  return `spec/${revision}/${name}`;
}
