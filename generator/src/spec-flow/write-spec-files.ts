import { rm } from "node:fs/promises";
import { writeAtomic } from "../fs/write-atomic.js";
import { SPEC_FILE_NAMES } from "../spec/lock.js";
import { specFilePath } from "../spec/materialised.js";
import type { IncomingFile } from "./incoming-spec.js";
import type { Rollback } from "./rollback.js";

/** Puts `files` in spec/<revision>/, removing a spec file the new set no longer has. */
export async function writeSpecFiles(
  root: string,
  revision: string,
  files: readonly IncomingFile[],
  rollback: Rollback,
): Promise<void> {
  for (const name of SPEC_FILE_NAMES) {
    const target = specFilePath(root, revision, name);
    await rollback.guard(target);
    const file = files.find((f) => f.name === name);
    if (file) await writeAtomic(target, file.bytes);
    else await rm(target, { force: true });
  }
}

export function parseSpec<T>(file: IncomingFile): T {
  return JSON.parse(new TextDecoder().decode(file.bytes)) as T;
}
