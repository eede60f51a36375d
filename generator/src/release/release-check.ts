import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkAgainstMock } from "./checks/against-mock.js";
import type { ReleaseCheck } from "./checks/check.js";
import { checkContents } from "./checks/contents.js";
import { checkPinnedRevision } from "./checks/pinned-revision.js";
import { checkPublint } from "./checks/publint.js";
import { checkSizeBudget } from "./checks/size-budget.js";
import { checkTypesResolution } from "./checks/types-resolution.js";
import { packPackage } from "./pack.js";
import type { PublishablePackage } from "./publishable-packages.js";
import { readTarball, unpackedBytes } from "./tarball.js";

export const RELEASE_CHECKS: readonly ReleaseCheck[] = [
  checkPublint,
  checkTypesResolution,
  checkContents,
  checkSizeBudget,
  checkPinnedRevision,
  checkAgainstMock,
];

export interface PackageReport {
  name: string;
  packedBytes: number;
  unpackedBytes: number;
  files: number;
  problems: string[];
}

/** Packs each package and runs every release check on its tarball; works offline. */
export async function releaseCheck(
  packages: readonly PublishablePackage[],
): Promise<PackageReport[]> {
  const destination = await mkdtemp(join(tmpdir(), "klaviyo-release-"));
  try {
    const reports: PackageReport[] = [];
    for (const pkg of packages) {
      const data = await packPackage(pkg, destination);
      const tarball = readTarball(data);
      const problems = (
        await Promise.all(RELEASE_CHECKS.map((check) => check(pkg, tarball, data)))
      ).flat();
      reports.push({
        name: pkg.name,
        packedBytes: tarball.bytes,
        unpackedBytes: unpackedBytes(tarball),
        files: tarball.files.size,
        problems,
      });
    }
    return reports;
  } finally {
    await rm(destination, { recursive: true, force: true });
  }
}
