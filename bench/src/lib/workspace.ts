import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** bench/ itself: dist/lib/workspace.js sits two levels below it. */
export const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const repoRoot = resolve(benchDir, "..");
/** Scratch space for consumers, packed tarballs and servers' files; git-ignored. */
export const workDir = join(benchDir, ".work");

interface Lock {
  revisions: Record<string, { status: string }>;
}

function readLock(): Lock {
  return JSON.parse(readFileSync(join(repoRoot, "spec/revisions.json"), "utf8")) as Lock;
}

export function lockRevisions(): string[] {
  return Object.keys(readLock().revisions).sort();
}

/** The newest revision the lock marks supported: the package the benchmarks measure. */
export function latestRevision(): string {
  const supported = Object.entries(readLock().revisions)
    .filter(([, entry]) => entry.status === "supported")
    .map(([revision]) => revision)
    .sort();
  const latest = supported.at(-1);
  if (!latest) throw new Error("spec/revisions.json lists no supported revision");
  return latest;
}

export interface WorkspacePackage {
  name: string;
  dir: string;
  /** dist/index.js exists: the package has been built */
  built: boolean;
  entry: string;
}

function workspacePackage(name: string, dir: string): WorkspacePackage {
  const entry = join(dir, "dist/index.js");
  return { name, dir, built: existsSync(entry), entry };
}

export const corePackage = () =>
  workspacePackage("@klaviyo-ts/core", join(repoRoot, "packages/core"));
export const mockPackage = () =>
  workspacePackage("@klaviyo-ts/mock", join(repoRoot, "packages/mock"));
export const revisionPackage = (revision = latestRevision()) =>
  workspacePackage(`@klaviyo-ts/${revision}`, join(repoRoot, "packages", revision));

/** Thrown by a benchmark whose subject is not built yet; the table shows "n/a (package not built)". */
export class NotBuiltError extends Error {
  constructor(readonly packages: string[]) {
    super(`${packages.join(", ")} not built`);
  }
}

export function requireBuilt(...packages: WorkspacePackage[]): void {
  const missing = packages.filter((p) => !p.built).map((p) => p.name);
  if (missing.length > 0) throw new NotBuiltError(missing);
}
