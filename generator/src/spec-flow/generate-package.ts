import { join } from "node:path";
import {
  defaultOutDir,
  generateRevision,
  type GenerateRevisionResult,
} from "../pipeline/generate-revision.js";
import { scaffoldPackage } from "../scaffold/scaffold-package.js";
import type { LockedRevision } from "../spec/lock.js";

/** Generates packages/<revision>/ from the materialised spec, as `klaviyo-gen generate` does. */
export async function generatePackage(
  root: string,
  revision: string,
  locked: LockedRevision,
): Promise<GenerateRevisionResult> {
  const result = await generateRevision({
    root,
    specDir: join(root, "spec"),
    revision,
    locked,
    outDir: defaultOutDir(root, revision),
    reportPath: join(packageDir(root, revision), "api-report.md"),
  });
  await scaffoldPackage(root, revision, result);
  return result;
}

export function packageDir(root: string, revision: string): string {
  return join(root, "packages", revision);
}

export function describeCounts(result: GenerateRevisionResult): string {
  const beta =
    result.betaOperationCount !== undefined ? `, +${result.betaOperationCount} beta` : "";
  return `${result.operationCount} operations${beta}`;
}
