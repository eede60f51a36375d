import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import {
  classify,
  diffSpecs,
  renderMarkdown,
  renderSummary,
  type Classification,
  type OpenApiDocument,
} from "../diff/index.js";
import { loadRevisionSpec } from "../diff/load-spec.js";
import { UserError } from "../errors.js";
import { writeAtomic } from "../fs/write-atomic.js";
import { statusOn } from "../lifecycle/status.js";
import { LOCK_PATH, readLock, UNKNOWN_COMMIT } from "../spec/lock.js";
import { writeLock } from "../spec/write-lock.js";
import { buildPackage } from "./build-package.js";
import { writeChangeset } from "./changeset.js";
import { describeCounts, generatePackage, packageDir } from "./generate-package.js";
import {
  assertIncomingSpec,
  readIncomingSpec,
  stableFile,
  type IncomingFile,
} from "./incoming-spec.js";
import { lockEntryFor } from "./lock-entry.js";
import { Rollback } from "./rollback.js";
import { parseSpec, writeSpecFiles } from "./write-spec-files.js";

export interface AddRevisionOptions {
  root: string;
  revision: string;
  from: string;
  commit?: string | undefined;
  betaCommit?: string | undefined;
  /** The day the lifecycle status is computed for; without it a new revision is "supported". */
  today?: Date | undefined;
  build: boolean;
  fetch?: typeof fetch;
}

export interface AddRevisionResult {
  revision: string;
  counts: string;
  /** The newest earlier revision in the lock, which the API diff is taken against. */
  previous?: string;
  classification?: Classification;
  diffPath: string;
  changesetPath: string;
}

/**
 * `spec add`: everything a new revision needs, or nothing. Every input is checked before the
 * first write; every write after that is guarded, so any failure restores the working tree.
 */
export async function addRevision(options: AddRevisionOptions): Promise<AddRevisionResult> {
  const { root, revision } = options;
  const lock = await readLock(root);
  if (lock.revisions[revision]) {
    throw new UserError(
      `revision ${revision} is already in ${LOCK_PATH}; for a newer spec of it run: klaviyo-gen spec update ${revision} --from ${options.from}`,
    );
  }
  const status = options.today ? statusOn(revision, options.today) : "supported";
  if (status === "retired") {
    throw new UserError(`revision ${revision} is already retired on --today; it gets no package`);
  }
  const pkgDir = packageDir(root, revision);
  if (existsSync(pkgDir)) {
    throw new UserError(`packages/${revision} already exists but the lock has no ${revision}`);
  }
  const files = await readIncomingSpec(options.from, revision, options.fetch);
  assertIncomingSpec(files, revision);
  const previous = Object.keys(lock.revisions)
    .filter((r) => r < revision)
    .sort()
    .at(-1);
  const before = previous ? await loadRevisionSpec(root, lock, previous) : undefined;
  const entry = lockEntryFor({
    revision,
    files,
    commit: options.commit ?? UNKNOWN_COMMIT,
    betaCommit: options.betaCommit ?? UNKNOWN_COMMIT,
    status,
  });

  return new Rollback().run(async (rollback) => {
    await writeSpecFiles(root, revision, files, rollback);
    await rollback.guard(join(root, LOCK_PATH));
    await writeLock(root, { ...lock, revisions: { ...lock.revisions, [revision]: entry } });
    await rollback.guard(pkgDir);
    await mkdir(pkgDir, { recursive: true });
    const generated = await generatePackage(root, revision, entry);
    const counts = describeCounts(generated);
    const diff = revisionDiff(previous, before, revision, stableFile(files));
    const diffPath = join(pkgDir, "API-DIFF.md");
    await writeAtomic(
      diffPath,
      diff?.markdown ?? `# API diff\n\n${revision} is the first revision in the lock.\n`,
    );
    const changesetPath = await writeChangeset(
      root,
      {
        name: `${revision}-add`,
        packageName: `@klaviyo-ts/${revision}`,
        bump: "minor",
        summary:
          `Add @klaviyo-ts/${revision}: the typed client for Klaviyo API revision ${revision} (${counts}).\n\n` +
          (diff?.summary ?? ""),
      },
      rollback,
    );
    if (options.build) {
      await rollback.guard(join(root, "pnpm-lock.yaml"));
      await buildPackage(root, revision, true);
    }
    return {
      revision,
      counts,
      ...(previous ? { previous } : {}),
      ...(diff ? { classification: diff.classification } : {}),
      diffPath,
      changesetPath,
    };
  });
}

function revisionDiff(
  previous: string | undefined,
  before: OpenApiDocument | undefined,
  revision: string,
  stable: IncomingFile,
) {
  if (!previous || !before) return undefined;
  const diff = diffSpecs(before, parseSpec<OpenApiDocument>(stable), {
    from: previous,
    to: revision,
  });
  const classification = classify(diff);
  return {
    classification,
    markdown: renderMarkdown(diff, classification),
    summary: renderSummary(diff, classification),
  };
}
