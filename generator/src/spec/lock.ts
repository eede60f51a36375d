import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { UserError } from "../errors.js";

export type RevisionStatus = "supported" | "retired";
export type SpecFileName = "stable.json" | "beta.json";

export interface LockedFile {
  /** Path of the file inside the source repository, e.g. "openapi/stable.json". */
  path: string;
  branch: string;
  commit: string;
  sha256: string;
  bytes: number;
}

export interface LockedRevision {
  status: RevisionStatus;
  source: { repository: string; branch: string; commit: string; date?: string };
  files: Partial<Record<SpecFileName, LockedFile>>;
}

export interface Lock {
  lockVersion: 1;
  revisions: Record<string, LockedRevision>;
}

export const LOCK_PATH = join("spec", "revisions.json");
export const SPEC_FILE_NAMES: readonly SpecFileName[] = ["stable.json", "beta.json"];

const REVISION = /^\d{4}-\d{2}-\d{2}$/;
const SHA256 = /^[0-9a-f]{64}$/;
/** Recorded when a spec was added from a folder or URL that does not say which commit it is. */
export const UNKNOWN_COMMIT = "unknown";
const COMMIT = /^[0-9a-f]{40}$/;
const isCommit = (value: unknown) =>
  typeof value === "string" && (COMMIT.test(value) || value === UNKNOWN_COMMIT);

export async function readLock(root: string): Promise<Lock> {
  const file = join(root, LOCK_PATH);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new UserError(`lock file ${LOCK_PATH} not found under ${root}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UserError(`lock file ${LOCK_PATH} is not valid JSON: ${(error as Error).message}`);
  }
  return parseLock(json);
}

/** Checks the lock's shape field by field, so a bad edit is reported where it is. */
export function parseLock(json: unknown): Lock {
  const fail = (where: string, what: string): never => {
    throw new UserError(`lock file ${LOCK_PATH} is malformed: ${where} ${what}`);
  };
  if (!isObject(json)) return fail("the top level", "must be an object");
  if (json.lockVersion !== 1) fail("lockVersion", "must be 1");
  if (!isObject(json.revisions)) return fail("revisions", "must be an object");
  for (const [revision, entry] of Object.entries(json.revisions)) {
    const at = `revisions["${revision}"]`;
    if (!REVISION.test(revision)) fail(at, "is not a YYYY-MM-DD revision");
    if (!isObject(entry)) return fail(at, "must be an object");
    if (entry.status !== "supported" && entry.status !== "retired") {
      fail(`${at}.status`, 'must be "supported" or "retired"');
    }
    const source = entry.source;
    if (!isObject(source)) return fail(`${at}.source`, "must be an object");
    for (const key of ["repository", "branch"] as const) {
      if (typeof source[key] !== "string" || source[key] === "")
        fail(`${at}.source.${key}`, "must be a non-empty string");
    }
    if (!isCommit(source.commit)) {
      fail(`${at}.source.commit`, `must be a 40-hex-digit commit or "${UNKNOWN_COMMIT}"`);
    }
    const files = entry.files;
    if (!isObject(files) || !isObject(files["stable.json"])) {
      return fail(`${at}.files`, 'must hold at least "stable.json"');
    }
    for (const [name, file] of Object.entries(files)) {
      const fileAt = `${at}.files["${name}"]`;
      if (!SPEC_FILE_NAMES.includes(name as SpecFileName))
        fail(fileAt, "is not stable.json or beta.json");
      if (!isObject(file)) return fail(fileAt, "must be an object");
      if (typeof file.sha256 !== "string" || !SHA256.test(file.sha256)) {
        fail(`${fileAt}.sha256`, "must be 64 lowercase hex digits");
      }
      if (typeof file.bytes !== "number" || !Number.isInteger(file.bytes) || file.bytes < 0) {
        fail(`${fileAt}.bytes`, "must be a non-negative integer");
      }
      if (!isCommit(file.commit)) {
        fail(`${fileAt}.commit`, `must be a 40-hex-digit commit or "${UNKNOWN_COMMIT}"`);
      }
      for (const key of ["path", "branch"] as const) {
        if (typeof file[key] !== "string" || file[key] === "")
          fail(`${fileAt}.${key}`, "must be a non-empty string");
      }
    }
  }
  return json as unknown as Lock;
}

/** The revisions asked for, in lock order; all of them when none is named. */
export function selectRevisions(lock: Lock, names: readonly string[]): string[] {
  const known = Object.keys(lock.revisions).sort();
  if (names.length === 0) return known;
  for (const name of names) {
    if (!lock.revisions[name]) {
      throw new UserError(`unknown revision "${name}"; the lock has: ${known.join(", ")}`);
    }
  }
  return [...new Set(names)].sort();
}

export function supportedRevisions(lock: Lock): string[] {
  return Object.keys(lock.revisions)
    .filter((revision) => lock.revisions[revision]?.status === "supported")
    .sort();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A revision's locked files, stable.json first. */
export function lockedFiles(entry: LockedRevision): [SpecFileName, LockedFile][] {
  return SPEC_FILE_NAMES.flatMap((name) => {
    const file = entry.files[name];
    return file ? [[name, file] as [SpecFileName, LockedFile]] : [];
  });
}
