/**
 * The part of spec/revisions.json the mock reads. The generator owns the full lock; the mock keeps
 * only what it needs to fetch and verify a revision's stable.json.
 */
export interface PinnedFile {
  /** Path inside the source repository, e.g. "openapi/stable.json". */
  path: string;
  /** 40 hex digits, or "unknown" when the spec was added without one (then `branch` is kept). */
  commit: string;
  branch?: string;
  sha256: string;
  bytes: number;
}

export interface PinnedRevision {
  source: { repository: string };
  files: { "stable.json"?: PinnedFile };
}

export interface PinnedLock {
  revisions: Record<string, PinnedRevision>;
}

/** Recorded by the generator when a spec's commit is not known; such a file is fetched from its branch. */
export const UNKNOWN_COMMIT = "unknown";

/**
 * The lock with everything the mock does not read dropped, in the lock's own shape so that the
 * source (full lock, under test) and the bundle (pruned at build time) are read by the same code.
 */
export function pruneLock(lock: PinnedLock): PinnedLock {
  const revisions: Record<string, PinnedRevision> = {};
  for (const [revision, entry] of Object.entries(lock.revisions)) {
    const file = entry.files["stable.json"];
    if (!file) continue;
    const { path, commit, branch, sha256, bytes } = file;
    revisions[revision] = {
      source: { repository: entry.source.repository },
      files: {
        "stable.json": {
          path,
          commit,
          ...(commit === UNKNOWN_COMMIT && branch ? { branch } : {}),
          sha256,
          bytes,
        },
      },
    };
  }
  return { revisions };
}
