import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/**
 * The folder holding `<revision>/stable.json`: the explicit one, KLAVIYO_SPEC_DIR, else the nearest
 * `spec/` with a `revisions.json` lock walking up from the working directory (the monorepo layout).
 * Undefined when there is none, as for a mock installed from npm.
 */
export function findSpecDir(
  explicit?: string,
  cwd = process.cwd(),
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (explicit) return resolve(explicit);
  const fromEnv = env.KLAVIYO_SPEC_DIR;
  if (fromEnv) return resolve(fromEnv);
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, "spec");
    if (existsSync(join(candidate, "revisions.json"))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Like findSpecDir, for callers that need a folder (the tests read the raw spec from it). */
export function locateSpecDir(explicit?: string, cwd = process.cwd()): string {
  const dir = findSpecDir(explicit, cwd);
  if (dir) return dir;
  throw new Error(
    `No Klaviyo spec folder found: pass specDir, set KLAVIYO_SPEC_DIR, or run inside a checkout with spec/revisions.json (searched up from ${cwd}).`,
  );
}

export function specFile(specDir: string, revision: string): string {
  const file = join(specDir, revision, "stable.json");
  if (!existsSync(file)) {
    throw new Error(
      `No spec for revision ${revision} at ${file}. Put the revision's stable.json there, or pass another folder with --spec-dir / specDir (or KLAVIYO_SPEC_DIR); in the klaviyo-ts repository, \`pnpm spec:sync\` materialises it.`,
    );
  }
  return file;
}
