import { checkPackage } from "@arethetypeswrong/core";
import type { PublishablePackage } from "../publishable-packages.js";
import type { ReleaseCheck } from "./check.js";

/**
 * arethetypeswrong: every entry point's types resolve, for ESM, CommonJS and bundlers alike. A
 * package whose exports offer no `require` condition (the MCP server, a Node CLI) is ESM-only by
 * design, and is held to attw's own "esm-only" profile, which leaves CommonJS resolution out.
 */
export const checkTypesResolution: ReleaseCheck = async (pkg, tarball) => {
  const result = await checkPackage(tarball.pkg);
  if (!result.types) return ["arethetypeswrong: the package ships no types"];
  const ignored = isEsmOnly(pkg) ? ESM_ONLY_IGNORED : new Set<string>();
  return result.problems
    .filter((problem) => !("resolutionKind" in problem && ignored.has(problem.resolutionKind)))
    .map((problem) => {
      const where = "entrypoint" in problem ? ` at "${problem.entrypoint}"` : "";
      const how = "resolutionKind" in problem ? ` (${problem.resolutionKind})` : "";
      return `arethetypeswrong: ${problem.kind}${where}${how}`;
    });
};

const ESM_ONLY_IGNORED = new Set(["node10", "node16-cjs"]);

export function isEsmOnly(pkg: PublishablePackage): boolean {
  const exports = pkg.manifest.exports;
  return (
    pkg.manifest.type === "module" &&
    exports !== undefined &&
    !JSON.stringify(exports).includes('"require"')
  );
}
