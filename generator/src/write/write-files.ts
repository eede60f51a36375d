import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";

export interface WriteResult {
  written: string[];
  unchanged: string[];
  removed: string[];
}

/**
 * Writes `files` (paths relative to `dir`), touching only those whose content differs, so that
 * mtimes and incremental builds see real changes only. Files left in `dir` that are no longer
 * generated are removed: `dir` must be a folder the generator owns entirely.
 */
export async function writeFiles(
  dir: string,
  files: ReadonlyMap<string, string>,
): Promise<WriteResult> {
  const result: WriteResult = { written: [], unchanged: [], removed: [] };
  for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const target = join(dir, path);
    if ((await readText(target)) === content) {
      result.unchanged.push(path);
      continue;
    }
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
    result.written.push(path);
  }
  for (const existing of await listFiles(dir)) {
    if (!files.has(existing)) {
      await rm(join(dir, existing));
      result.removed.push(existing);
    }
  }
  return result;
}

/** Writes one file unless it already holds `content`; returns whether it wrote. */
export async function writeIfChanged(path: string, content: string): Promise<boolean> {
  if ((await readText(path)) === content) return false;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
  return true;
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch {
    return undefined;
  }
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"));
  } catch {
    return [];
  }
}
