import { cachedSpecPath, isCached, sha256, specCacheDir, writeAtomically } from "./cache.js";
import { pinFor, type SpecPin } from "./pins.js";

export const GITHUB_RAW = "https://raw.githubusercontent.com";

export interface DownloadOptions {
  /** Default: KLAVIYO_OPENAPI_RAW_URL, else https://raw.githubusercontent.com. */
  rawBaseUrl?: string;
  /** Default: KLAVIYO_MOCK_CACHE_DIR, else $XDG_CACHE_HOME/klaviyo-ts, else ~/.cache/klaviyo-ts. */
  cacheDir?: string;
  env?: NodeJS.ProcessEnv;
  /** A stalled connection must not hang a test run for undici's five minutes. */
  timeoutMs?: number;
}

export function specUrl(pin: SpecPin, rawBaseUrl: string): string {
  return `${rawBaseUrl.replace(/\/+$/, "")}/${pin.repository}/${pin.ref}/${pin.path}`;
}

const avoid = (revision: string) =>
  `pass specDir (--spec-dir) or set KLAVIYO_SPEC_DIR to a folder with ${revision}/stable.json to avoid the download`;

function failureReason(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === "TimeoutError") {
    return `no answer within ${timeoutMs / 1000} s`;
  }
  // fetch wraps the network error ("fetch failed"); its cause carries the useful code.
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

async function fetchBytes(url: string, revision: string, timeoutMs: number): Promise<Uint8Array> {
  const failure = (detail: string) =>
    new Error(
      `Cannot download the Klaviyo ${revision} spec from ${url}${detail}; ${avoid(revision)}.`,
    );
  // One signal for the headers and the body: a stall in either ends the download.
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    throw failure(` (${failureReason(error, timeoutMs)})`);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw failure(
      `: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`,
    );
  }
  try {
    return new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    throw failure(` (${failureReason(error, timeoutMs)})`);
  }
}

/**
 * The path of a verified copy of the revision's stable.json: the cached one when its sha256 is the
 * pinned one, else a fresh download from the pinned commit (cached only once it verifies).
 */
export async function downloadSpec(
  revision: string,
  options: DownloadOptions = {},
): Promise<string> {
  const env = options.env ?? process.env;
  const pin = pinFor(revision);
  const file = cachedSpecPath(options.cacheDir ?? specCacheDir(env), revision);
  if (await isCached(file, pin.sha256)) return file;
  const url = specUrl(pin, options.rawBaseUrl ?? (env.KLAVIYO_OPENAPI_RAW_URL || GITHUB_RAW));
  const timeoutMs = options.timeoutMs ?? 120_000;
  const data = await fetchBytes(url, revision, timeoutMs);
  const actual = sha256(data);
  if (actual !== pin.sha256) {
    throw new Error(
      `The Klaviyo ${revision} spec from ${url} has sha256 ${actual} (${data.byteLength} bytes), but the lock pins ${pin.sha256} (${pin.bytes} bytes); it was not cached.`,
    );
  }
  try {
    await writeAtomically(file, data);
  } catch (error) {
    // Windows refuses to rename over a file another worker has open; that worker's copy will do.
    if (await isCached(file, pin.sha256)) return file;
    const reason = (error as { code?: string }).code ?? (error as Error).message;
    throw new Error(
      `Cannot cache the Klaviyo ${revision} spec at ${file} (${reason}); set KLAVIYO_MOCK_CACHE_DIR to a writable folder, or ${avoid(revision)}.`,
    );
  }
  return file;
}
