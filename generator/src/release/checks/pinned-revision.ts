import type { ReleaseCheck } from "./check.js";

const REVISION_PACKAGE = /^@klaviyo-ts\/(\d{4}-\d{2}-\d{2})$/;
const PINNED = /\brevision\s*[:=]\s*["'](\d{4}-\d{2}-\d{2}(?:\.pre)?)["']/g;

/**
 * A revision package must send the revision its name promises: every revision string pinned in its
 * built JavaScript is the package's revision (or its ".pre" beta), and there is at least one.
 */
export const checkPinnedRevision: ReleaseCheck = async (pkg, tarball) => {
  const expected = REVISION_PACKAGE.exec(pkg.name)?.[1];
  if (!expected) return [];
  const pinned = new Set<string>();
  for (const [path, text] of tarball.files) {
    if (!/\.[cm]?js$/.test(path)) continue;
    for (const match of text.matchAll(PINNED)) pinned.add(match[1]!);
  }
  if (pinned.size === 0)
    return [`revision: no pinned revision found in the built JavaScript of ${pkg.name}`];
  return [...pinned]
    .filter((revision) => revision !== expected && revision !== `${expected}.pre`)
    .map((revision) => `revision: ${pkg.name} pins revision ${revision}, not ${expected}`);
};
