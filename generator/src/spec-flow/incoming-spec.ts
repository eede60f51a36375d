import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { UserError } from "../errors.js";
import { parseDay } from "../lifecycle/status.js";
import { SPEC_FILE_NAMES, type SpecFileName } from "../spec/lock.js";

/** A spec file offered by `spec add` / `spec update`, read and checked but not yet in the repository. */
export interface IncomingFile {
  name: SpecFileName;
  /** Where it came from, for error messages. */
  label: string;
  bytes: Uint8Array;
}

/** Refuses anything but a real YYYY-MM-DD day, before any file is read. */
export function assertRevision(revision: string | undefined, usage: string): string {
  if (revision === undefined) throw new UserError(`expected a revision; ${usage}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(revision)) {
    throw new UserError(`revision "${revision}" is not a YYYY-MM-DD date; ${usage}`);
  }
  parseDay(revision, "revision");
  return revision;
}

/**
 * Reads stable.json (required) and beta.json (when present) from `from`: a base URL serving
 * them, a folder holding them, a folder laid out like the mirror (<from>/<revision>/), or a
 * checkout of Klaviyo's spec repository, which keeps them under openapi/.
 */
export async function readIncomingSpec(
  from: string,
  revision: string,
  fetchImpl: typeof fetch = fetch,
): Promise<IncomingFile[]> {
  return /^https?:\/\//.test(from)
    ? fromUrl(from.replace(/\/+$/, ""), fetchImpl)
    : fromFolder(specFolder(from, revision));
}

function specFolder(from: string, revision: string): string {
  const dir = resolve(from);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UserError(`--from folder ${dir} does not exist`);
  }
  for (const candidate of [dir, join(dir, revision), join(dir, "openapi")]) {
    if (existsSync(join(candidate, "stable.json"))) return candidate;
  }
  throw new UserError(
    `--from folder ${dir} holds none of stable.json, ${revision}/stable.json, openapi/stable.json`,
  );
}

async function fromFolder(dir: string): Promise<IncomingFile[]> {
  const files: IncomingFile[] = [];
  for (const name of SPEC_FILE_NAMES) {
    const path = join(dir, name);
    if (existsSync(path)) files.push({ name, label: path, bytes: await readFile(path) });
  }
  return files;
}

async function fromUrl(base: string, fetchImpl: typeof fetch): Promise<IncomingFile[]> {
  const files: IncomingFile[] = [];
  for (const name of SPEC_FILE_NAMES) {
    const url = `${base}/${name}`;
    let response: Response;
    try {
      response = await fetchImpl(url);
    } catch (error) {
      const reason =
        (error as Error & { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
      throw new UserError(`cannot download ${url} (${reason})`);
    }
    // beta.json is optional: a revision without pre-release operations has none.
    if (response.status === 404 && name === "beta.json") continue;
    if (!response.ok) throw new UserError(`cannot download ${url}: HTTP ${response.status}`);
    files.push({ name, label: url, bytes: new Uint8Array(await response.arrayBuffer()) });
  }
  return files;
}

/**
 * Each file must be JSON, OpenAPI 3 and stamped with the revision: info.version is the revision
 * for stable.json, "<revision>.pre" (or the bare revision) for beta.json.
 */
export function assertIncomingSpec(files: readonly IncomingFile[], revision: string): void {
  for (const file of files) {
    let document: unknown;
    try {
      document = JSON.parse(new TextDecoder().decode(file.bytes));
    } catch (error) {
      throw new UserError(`${file.label} is not valid JSON: ${(error as Error).message}`);
    }
    const spec = (typeof document === "object" && document !== null ? document : {}) as {
      openapi?: unknown;
      info?: { version?: unknown };
    };
    if (typeof spec.openapi !== "string" || !spec.openapi.startsWith("3.")) {
      throw new UserError(
        `${file.label} is not an OpenAPI 3 document (openapi: ${JSON.stringify(spec.openapi)})`,
      );
    }
    const version = spec.info?.version;
    const accepted = file.name === "beta.json" ? [`${revision}.pre`, revision] : [revision];
    if (typeof version !== "string" || !accepted.includes(version)) {
      throw new UserError(
        `${file.label} has info.version ${JSON.stringify(version)}, but the revision given is ${revision}` +
          ` (expected ${accepted.map((v) => `"${v}"`).join(" or ")})`,
      );
    }
  }
}

/** The stable.json of a set readIncomingSpec returned, which never lacks one. */
export function stableFile(files: readonly IncomingFile[]): IncomingFile {
  const stable = files.find((f) => f.name === "stable.json");
  if (!stable) throw new Error("readIncomingSpec returned no stable.json");
  return stable;
}
