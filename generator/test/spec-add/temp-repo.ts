import { createHash } from "node:crypto";
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { typecheckGenerated } from "../../src/check/typecheck.js";
import { resolveCoreTypes } from "../../src/cli/generate.js";
import { generatePackage } from "../../src/spec-flow/generate-package.js";
import type { Lock, LockedRevision } from "../../src/spec/lock.js";
import { afterAll } from "vitest";
import { repoRoot, stageFixture } from "../support/fixtures.js";

const tempDirs: string[] = [];
afterAll(() => Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A temp folder removed when the test file is done. */
async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** The widgets fixture's revision, locked and generated in every temp repository. */
export const BASE = "2030-01-15";
const FIXTURE_COMMIT = "f17e5".padEnd(40, "0");

/**
 * A throwaway repository root: spec/revisions.json locking the widgets fixture as BASE (its spec
 * materialised), packages/BASE generated from it, an empty .changeset/ and the real prettier
 * settings. Commands run against it exactly as against the real repository.
 */
export async function makeTempRepo(): Promise<{ root: string; locked: LockedRevision }> {
  const root = await tempDir("klaviyo-gen-spec-add-");
  const staged = await stageFixture("widgets");
  tempDirs.push(staged.specDir);
  const specDir = staged.specDir;
  // The fixture's made-up commit is not hex; the lock here has to pass parseLock.
  const locked = JSON.parse(
    JSON.stringify(staged.locked).replaceAll(staged.locked.source.commit, FIXTURE_COMMIT),
  ) as LockedRevision;
  await cp(join(specDir, BASE), join(root, "spec", BASE), { recursive: true });
  const lock: Lock = { lockVersion: 1, revisions: { [BASE]: locked } };
  await writeFile(join(root, "spec", "revisions.json"), `${JSON.stringify(lock, null, 2)}\n`);
  await mkdir(join(root, ".changeset"));
  await copyFile(join(repoRoot, ".prettierrc.json"), join(root, ".prettierrc.json"));
  await generatePackage(root, BASE, locked);
  return { root, locked };
}

/** The widgets spec (or one of Klaviyo's) as JSON, to be edited into a new or updated spec. */
export async function readSpec(path: string): Promise<SpecJson> {
  return JSON.parse(await readFile(path, "utf8")) as SpecJson;
}

export interface SpecJson {
  openapi: string;
  info: { version: string; [key: string]: unknown };
  paths: Record<string, Record<string, { operationId?: string; [key: string]: unknown }>>;
  [key: string]: unknown;
}

/** Writes `files` into a fresh folder, the way `--from DIR` expects them. */
export async function specFolder(files: Record<string, unknown>): Promise<string> {
  const dir = await tempDir("klaviyo-gen-incoming-");
  for (const [name, content] of Object.entries(files)) {
    const text = typeof content === "string" ? content : JSON.stringify(content);
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

export const widgetsSpec = (name: "stable.json" | "beta.json") =>
  join(repoRoot, "generator", "test", "fixtures", "widgets", name);

/** Every file under `root` with the sha256 of its content: equal snapshots mean an untouched tree. */
export async function snapshot(root: string): Promise<Record<string, string>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const hashed = await Promise.all(
    files.map(async (file) => {
      const digest = createHash("sha256")
        .update(await readFile(file))
        .digest("hex");
      return [file.slice(root.length + 1), digest] as const;
    }),
  );
  return Object.fromEntries(hashed.sort(([a], [b]) => a.localeCompare(b)));
}

/** tsc --noEmit over a package's generated client, against core's sources. */
export async function typecheckPackage(
  root: string,
  revision: string,
): Promise<{ code: number; output: string }> {
  const scratch = await tempDir("klaviyo-gen-spec-add-tsc-");
  await cp(join(root, "packages", revision, "src", "generated"), join(scratch, revision), {
    recursive: true,
  });
  return typecheckGenerated(scratch, resolveCoreTypes(repoRoot));
}
