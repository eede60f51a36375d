import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname, join } from "node:path";

/** KLAVIYO_MOCK_CACHE_DIR, else $XDG_CACHE_HOME/klaviyo-ts, else ~/.cache/klaviyo-ts. */
export function specCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KLAVIYO_MOCK_CACHE_DIR) return env.KLAVIYO_MOCK_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "klaviyo-ts");
}

export function cachedSpecPath(cacheDir: string, revision: string): string {
  return join(cacheDir, "spec", revision, "stable.json");
}

export function sha256(data: Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** True when the file exists and has the pinned bytes; anything else (missing, partial, stale) is a miss. */
export async function isCached(file: string, expectedSha256: string): Promise<boolean> {
  try {
    return sha256(await readFile(file)) === expectedSha256;
  } catch {
    return false;
  }
}

/**
 * Concurrent test workers may download the same revision at once: each writes its own temp file
 * and renames it into place, so a reader only ever sees a whole file.
 */
export async function writeAtomically(file: string, data: Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  try {
    await writeFile(temp, data);
    await rename(temp, file);
  } finally {
    await rm(temp, { force: true });
  }
}
