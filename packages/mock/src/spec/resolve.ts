import { downloadSpec, type DownloadOptions } from "./download.js";
import { findSpecDir, specFile } from "./locate.js";

export interface ResolveOptions extends DownloadOptions {
  specDir?: string;
  cwd?: string;
}

/**
 * The revision's stable.json: from the specDir option, KLAVIYO_SPEC_DIR or the nearest spec/ folder
 * walking up, else downloaded at the lock's pinned commit into the cache.
 */
export async function resolveSpecFile(
  revision: string,
  options: ResolveOptions = {},
): Promise<string> {
  const { specDir, cwd, ...download } = options;
  const dir = findSpecDir(specDir, cwd, download.env);
  // A local folder without the revision is a setup mistake to report, not to paper over with a download.
  if (dir) return specFile(dir, revision);
  return downloadSpec(revision, download);
}
