import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { UserError } from "../errors.js";
import { type LockedFile, type LockedRevision, type SpecFileName, UNKNOWN_COMMIT } from "./lock.js";

/** Where spec files are read from: a mirror folder laid out like ../shared/klaviyo-openapi, or GitHub. */
export type SpecSource =
  { kind: "mirror"; dir: string } | { kind: "github"; fetch: typeof fetch; rawBaseUrl: string };

export const GITHUB_RAW = "https://raw.githubusercontent.com";

/**
 * The mirror folder to use: --from, then KLAVIYO_OPENAPI_DIR, then ../shared/klaviyo-openapi beside
 * the repository when it exists; GitHub at the pinned commit otherwise.
 */
export function resolveSpecSource(options: {
  root: string;
  from?: string | undefined;
  env?: NodeJS.ProcessEnv;
  fetch?: typeof fetch;
}): SpecSource {
  const explicit = options.from ?? (options.env ?? process.env).KLAVIYO_OPENAPI_DIR;
  if (explicit) {
    const dir = resolve(explicit);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new UserError(`mirror folder ${dir} does not exist`);
    }
    return { kind: "mirror", dir };
  }
  const sibling = resolve(options.root, "..", "shared", "klaviyo-openapi");
  if (existsSync(sibling)) return { kind: "mirror", dir: sibling };
  return { kind: "github", fetch: options.fetch ?? fetch, rawBaseUrl: GITHUB_RAW };
}

export function describeSource(source: SpecSource): string {
  return source.kind === "mirror" ? `mirror ${source.dir}` : `GitHub (${source.rawBaseUrl})`;
}

/** Reads one locked file's bytes from the source; checksums are the caller's job. */
export async function fetchSpecFile(
  source: SpecSource,
  revision: string,
  name: SpecFileName,
  locked: LockedFile,
  entry: LockedRevision,
): Promise<Uint8Array> {
  if (source.kind === "mirror") {
    const file = join(source.dir, revision, name);
    try {
      return await readFile(file);
    } catch {
      throw new UserError(`mirror folder ${source.dir} has no ${revision}/${name}`);
    }
  }
  // A revision added without --commit is fetched from its branch; the checksum still pins the bytes.
  const ref = locked.commit === UNKNOWN_COMMIT ? locked.branch : locked.commit;
  const url = `${source.rawBaseUrl}/${entry.source.repository}/${ref}/${locked.path}`;
  let response: Response;
  try {
    response = await source.fetch(url);
  } catch (error) {
    const reason =
      (error as Error & { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new UserError(
      `cannot download ${url} (${reason}) and no mirror folder was found; pass --from DIR or set KLAVIYO_OPENAPI_DIR`,
    );
  }
  if (!response.ok) {
    throw new UserError(`cannot download ${url}: HTTP ${response.status}`);
  }
  return new Uint8Array(await response.arrayBuffer());
}
