import { sha256 } from "../spec/checksum.js";
import type { LockedFile, LockedRevision, RevisionStatus, SpecFileName } from "../spec/lock.js";
import type { IncomingFile } from "./incoming-spec.js";

/**
 * Klaviyo's spec repository keeps stable.json on a branch named after the revision and beta.json
 * on "<revision>.pre", each under openapi/ and each at its own commit.
 */
export const SPEC_REPOSITORY = "klaviyo/openapi";

/** The lock entry for `files`: the source and each file's hash and size. */
export function lockEntryFor(options: {
  revision: string;
  files: readonly IncomingFile[];
  commit: string;
  betaCommit: string;
  status: RevisionStatus;
  date?: string | undefined;
}): LockedRevision {
  const { revision, commit } = options;
  const files: Partial<Record<SpecFileName, LockedFile>> = {};
  for (const file of options.files) {
    files[file.name] = {
      path: `openapi/${file.name}`,
      branch: file.name === "beta.json" ? `${revision}.pre` : revision,
      commit: file.name === "beta.json" ? options.betaCommit : commit,
      sha256: sha256(file.bytes),
      bytes: file.bytes.length,
    };
  }
  return {
    status: options.status,
    source: {
      repository: SPEC_REPOSITORY,
      branch: revision,
      commit,
      ...(options.date ? { date: options.date } : {}),
    },
    files,
  };
}
