import { join } from "node:path";
import {
  classify,
  diffSpecs,
  renderSummary,
  type Classification,
  type OpenApiDocument,
  type Severity,
} from "../diff/index.js";
import { loadRevisionSpec } from "../diff/load-spec.js";
import { UserError } from "../errors.js";
import { sha256 } from "../spec/checksum.js";
import {
  LOCK_PATH,
  readLock,
  UNKNOWN_COMMIT,
  type Lock,
  type LockedRevision,
} from "../spec/lock.js";
import { assertChecksum, readMaterialised, specFilePath } from "../spec/materialised.js";
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

export interface UpdateRevisionOptions {
  root: string;
  revision: string;
  from: string;
  commit?: string | undefined;
  betaCommit?: string | undefined;
  /** Expected sha256 of the new stable.json (from a manifest, say); refused when it differs. */
  sha256?: string | undefined;
  build: boolean;
  fetch?: typeof fetch;
}

export interface UpdateRevisionResult {
  revision: string;
  counts: string;
  bump: Severity;
  classification: Classification;
  summary: string;
  changesetPath: string;
}

/**
 * `spec update`: a newer spec for a revision already in the lock. The package's changeset bump
 * follows what changed for its users; the same all-or-nothing rule as `spec add` holds.
 */
export async function updateRevision(
  options: UpdateRevisionOptions,
): Promise<UpdateRevisionResult> {
  const { root, revision } = options;
  const lock = await readLock(root);
  const current = lock.revisions[revision];
  if (!current) {
    throw new UserError(
      `revision ${revision} is not in ${LOCK_PATH}; to add it run: klaviyo-gen spec add ${revision} --from ${options.from}`,
    );
  }
  if (current.status !== "supported") {
    throw new UserError(`revision ${revision} is retired and has no package to update`);
  }
  const incoming = await readIncomingSpec(options.from, revision, options.fetch);
  assertIncomingSpec(incoming, revision);
  const files = await withLockedBeta(root, revision, current, incoming);
  const keptBeta = files.length > incoming.length;
  const stable = stableFile(files);
  const actual = sha256(stable.bytes);
  if (options.sha256 !== undefined && options.sha256.toLowerCase() !== actual) {
    throw new UserError(
      `checksum mismatch for ${stable.label}: expected sha256 ${options.sha256} (--sha256), got ${actual}`,
    );
  }
  const fresh = lockEntryFor({
    revision,
    files,
    commit: options.commit ?? UNKNOWN_COMMIT,
    betaCommit: options.betaCommit ?? UNKNOWN_COMMIT,
    status: current.status,
  });
  // A kept beta.json keeps its lock record too: same source branch and commit.
  const entry: LockedRevision = keptBeta
    ? { ...fresh, files: { ...fresh.files, "beta.json": current.files["beta.json"] } }
    : fresh;
  if (sameFiles(lock, revision, entry.files)) {
    throw new UserError(`the spec in ${options.from} is the one already locked for ${revision}`);
  }
  const change = await classifyUpdate(root, lock, revision, files);
  // New bytes are always worth a release: at least the generated headers name the new spec.
  const bump: Severity =
    change.classification.bump === "none" ? "patch" : change.classification.bump;
  const pkgDir = packageDir(root, revision);

  return new Rollback().run(async (rollback) => {
    await writeSpecFiles(root, revision, files, rollback);
    await rollback.guard(join(root, LOCK_PATH));
    await writeLock(root, { ...lock, revisions: { ...lock.revisions, [revision]: entry } });
    for (const path of ["src", "README.md", "api-report.md", "package.json", "tsup.config.ts"]) {
      await rollback.guard(join(pkgDir, path));
    }
    const generated = await generatePackage(root, revision, entry);
    const counts = describeCounts(generated);
    const commit =
      entry.source.commit === UNKNOWN_COMMIT ? "" : `, commit ${entry.source.commit.slice(0, 8)}`;
    const summary =
      `Regenerate @klaviyo-ts/${revision} from Klaviyo's updated spec for revision ${revision} ` +
      `(stable.json sha256 ${actual.slice(0, 12)}${commit}; ${counts}).` +
      (keptBeta ? " beta.json is the one already locked." : "") +
      `\n\n${change.summary}`;
    const changesetPath = await writeChangeset(
      root,
      {
        name: `${revision}-update-${actual.slice(0, 8)}`,
        packageName: `@klaviyo-ts/${revision}`,
        bump,
        summary,
      },
      rollback,
    );
    if (options.build) {
      await rollback.guard(join(pkgDir, "dist"));
      await buildPackage(root, revision, false);
    }
    return {
      revision,
      counts,
      bump,
      classification: change.classification,
      summary,
      changesetPath,
    };
  });
}

/**
 * Klaviyo keeps stable.json on the revision's branch and beta.json on "<revision>.pre", so an
 * update from a checkout of the revision branch brings stable.json alone: the locked beta.json
 * (materialised in spec/<revision>/, checked against the lock) stays. A beta.json the revision
 * never had is refused: the package's entries (its ./beta export, tsup entries) were scaffolded
 * for the locked set of spec files and an update does not rewrite them.
 */
async function withLockedBeta(
  root: string,
  revision: string,
  current: LockedRevision,
  files: IncomingFile[],
): Promise<IncomingFile[]> {
  const lockedBeta = current.files["beta.json"];
  const hasBeta = files.some((f) => f.name === "beta.json");
  if (!lockedBeta && hasBeta) {
    throw new UserError(
      `the new spec adds beta.json, which ${revision} never had; ` +
        "spec update keeps a package's entries as they are, so this needs a new revision or a hand-edited package",
    );
  }
  if (!lockedBeta || hasBeta) return files;
  const path = specFilePath(root, revision, "beta.json");
  const bytes = await readMaterialised(path);
  if (!bytes) {
    throw new UserError(
      `the new spec has no beta.json and the locked one is not in ${path}; run klaviyo-gen spec sync first, or pass a folder holding both files`,
    );
  }
  assertChecksum(path, bytes, lockedBeta);
  return [...files, { name: "beta.json", label: path, bytes }];
}

function sameFiles(lock: Lock, revision: string, files: LockedRevision["files"]): boolean {
  const locked = lock.revisions[revision]?.files ?? {};
  const names = (f: object) => Object.keys(f).sort().join();
  return (
    names(locked) === names(files) &&
    Object.entries(files).every(
      ([name, file]) => locked[name as keyof typeof locked]?.sha256 === file?.sha256,
    )
  );
}

/**
 * The bump is the larger of the stable and the beta diff: the package's /beta entry is
 * regenerated from beta.json as well.
 */
async function classifyUpdate(
  root: string,
  lock: Lock,
  revision: string,
  files: readonly IncomingFile[],
): Promise<{ classification: Classification; summary: string }> {
  const stable = stableFile(files);
  const pairs: [string, IncomingFile | undefined][] = [
    [revision, stable],
    [`${revision}.pre`, files.find((f) => f.name === "beta.json")],
  ];
  const parts: { classification: Classification; summary: string }[] = [];
  for (const [label, file] of pairs) {
    if (!file) continue;
    const before = await loadRevisionSpec(root, lock, label);
    const diff = diffSpecs(before, parseSpec<OpenApiDocument>(file), {
      from: `${label} (locked)`,
      to: `${label} (new)`,
    });
    const classification = classify(diff);
    parts.push({ classification, summary: renderSummary(diff, classification) });
  }
  const order = ["none", "patch", "minor", "major"] as const;
  const worst = parts.reduce((a, b) =>
    order.indexOf(b.classification.bump) > order.indexOf(a.classification.bump) ? b : a,
  );
  // An unchanged beta.json is no news; a spec whose bytes alone changed still says "none".
  const changed = parts.filter((p) => p.classification.bump !== "none");
  return {
    classification: worst.classification,
    summary: (changed.length > 0 ? changed : parts.slice(0, 1)).map((p) => p.summary).join("\n"),
  };
}
