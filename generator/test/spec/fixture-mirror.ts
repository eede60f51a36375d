import { createHash } from "node:crypto";
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Lock } from "../../src/spec/lock.js";

const COMMIT = "a".repeat(40);

export const GOOD_STABLE = JSON.stringify({
  openapi: "3.0.2",
  info: { version: "2026-04-15" },
  paths: {},
});
export const GOOD_BETA = JSON.stringify({
  openapi: "3.0.2",
  info: { version: "2026-04-15.pre" },
  paths: {},
});
export const NOT_JSON = '{"openapi": "3.0.2", ';

export function hash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** A lock for one revision whose files hash to the given contents. */
export function lockFor(files: { stable: string; beta?: string }, revision = "2026-04-15"): Lock {
  const entry = (name: string, text: string) => ({
    path: `openapi/${name}`,
    branch: name === "beta.json" ? `${revision}.pre` : revision,
    commit: COMMIT,
    sha256: hash(text),
    bytes: Buffer.byteLength(text),
  });
  return {
    lockVersion: 1,
    revisions: {
      [revision]: {
        status: "supported",
        source: { repository: "klaviyo/openapi", branch: revision, commit: COMMIT },
        files: {
          "stable.json": entry("stable.json", files.stable),
          ...(files.beta === undefined ? {} : { "beta.json": entry("beta.json", files.beta) }),
        },
      },
    },
  };
}

/** A temporary repository root (with spec/revisions.json) and a mirror folder beside it. */
export async function makeWorkspace(
  lock: Lock,
  mirrorFiles: Record<string, string>,
): Promise<{ root: string; mirror: string }> {
  const base = await mkdtemp(join(tmpdir(), "klaviyo-gen-spec-"));
  const root = join(base, "repo");
  const mirror = join(base, "mirror");
  await mkdir(join(root, "spec"), { recursive: true });
  await writeFile(join(root, "spec", "revisions.json"), JSON.stringify(lock, null, 2));
  for (const [path, text] of Object.entries(mirrorFiles)) {
    await mkdir(join(mirror, path, ".."), { recursive: true });
    await writeFile(join(mirror, path), text);
  }
  await mkdir(mirror, { recursive: true });
  return { root, mirror };
}
