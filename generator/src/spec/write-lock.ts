import { join } from "node:path";
import { writeAtomic } from "../fs/write-atomic.js";
import { LOCK_PATH, type Lock } from "./lock.js";

export async function writeLock(root: string, lock: Lock): Promise<void> {
  const ordered: Lock = {
    ...lock,
    revisions: Object.fromEntries(
      Object.entries(lock.revisions).sort(([a], [b]) => a.localeCompare(b)),
    ),
  };
  await writeAtomic(join(root, LOCK_PATH), `${JSON.stringify(ordered, null, 2)}\n`);
}
