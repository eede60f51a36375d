import lock from "../../../../spec/revisions.json" with { type: "json" };
import { UNKNOWN_COMMIT, type PinnedLock } from "./lock.js";

/** Where a revision's stable.json lives upstream, and the bytes it must have. */
export interface SpecPin {
  revision: string;
  /** GitHub owner/name, e.g. "klaviyo/openapi". */
  repository: string;
  /** The pinned commit (the branch only when the lock has no commit). */
  ref: string;
  path: string;
  sha256: string;
  bytes: number;
}

// Inlined by the build (tsup.config.ts prunes it), so a published mock knows its pins without the repo.
const PINNED: PinnedLock = lock;

export function knownRevisions(pinned: PinnedLock = PINNED): string[] {
  return Object.keys(pinned.revisions)
    .filter((revision) => pinned.revisions[revision]?.files["stable.json"])
    .sort();
}

export function pinFor(revision: string, pinned: PinnedLock = PINNED): SpecPin {
  // hasOwn: a revision comes from the user, and "constructor" must not find Object's.
  const entry = Object.hasOwn(pinned.revisions, revision) ? pinned.revisions[revision] : undefined;
  const file = entry?.files["stable.json"];
  if (!entry || !file) {
    throw new Error(
      `Unknown Klaviyo revision ${revision}; this mock knows ${knownRevisions(pinned).join(", ")}.`,
    );
  }
  return {
    revision,
    repository: entry.source.repository,
    ref: file.commit === UNKNOWN_COMMIT && file.branch ? file.branch : file.commit,
    path: file.path,
    sha256: file.sha256,
    bytes: file.bytes,
  };
}
