import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { UserError } from "../errors.js";
import { LOCK_PATH } from "./lock.js";

/** The nearest folder at or above `from` that holds the spec lock. */
export function findRepoRoot(from: string = process.cwd()): string {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, LOCK_PATH))) return dir;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new UserError(`no ${LOCK_PATH} found in ${resolve(from)} or any folder above it`);
    }
    dir = parent;
  }
}
