import { createHash } from "node:crypto";
import { copyFile, mkdir, mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { LockedFile, LockedRevision, SpecFileName } from "../../src/spec/lock.js";
import {
  generateRevision,
  type GenerateRevisionResult,
} from "../../src/pipeline/generate-revision.js";

export const testDir = dirname(dirname(fileURLToPath(import.meta.url)));
export const repoRoot = dirname(dirname(testDir));

/** Fixture spec folders and the revision each is generated as. */
export const fixtures = { widgets: "2030-01-15", legacy: "2023-01-01" } as const;
export type FixtureName = keyof typeof fixtures;

const fixtureCommit = "f1x7e5000000000000000000000000000000beef";

/**
 * Lays a fixture out like spec/<revision>/ in a temp folder and builds its lock entry from the
 * files' real checksums, so the pipeline runs exactly as it does on Klaviyo's specs.
 */
export async function stageFixture(
  name: FixtureName,
): Promise<{ specDir: string; locked: LockedRevision }> {
  const revision = fixtures[name];
  const specDir = await mkdtemp(join(tmpdir(), `klaviyo-gen-fixture-${name}-`));
  const source = join(testDir, "fixtures", name);
  const files: Partial<Record<SpecFileName, LockedFile>> = {};
  await mkdir(join(specDir, revision));
  for (const file of (await readdir(source)).sort() as SpecFileName[]) {
    await copyFile(join(source, file), join(specDir, revision, file));
    const bytes = await readFile(join(source, file));
    files[file] = {
      sha256: createHash("sha256").update(bytes).digest("hex"),
      bytes: bytes.length,
      branch: revision,
      commit: fixtureCommit,
      path: `openapi/${file}`,
    };
  }
  const locked: LockedRevision = {
    status: "supported",
    source: {
      repository: "klaviyo/openapi",
      branch: revision,
      commit: fixtureCommit,
      date: "2030-01-01",
    },
    files,
  };
  return { specDir, locked };
}

export async function generateFixture(
  name: FixtureName,
  outDir: string,
  reportPath?: string,
): Promise<GenerateRevisionResult> {
  const { specDir, locked } = await stageFixture(name);
  return generateRevision({
    root: repoRoot,
    specDir,
    revision: fixtures[name],
    locked,
    outDir,
    ...(reportPath ? { reportPath } : {}),
  });
}

/** Every file under `dir`, relative, sorted, with its content. */
export async function readTree(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
  return new Map(
    await Promise.all(files.map(async (f) => [f, await readFile(join(dir, f), "utf8")] as const)),
  );
}
