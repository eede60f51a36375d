import { checkPackage } from "@arethetypeswrong/core";
import type { ReleaseCheck } from "./check.js";

/** arethetypeswrong: every entry point's types resolve, for ESM, CommonJS and bundlers alike. */
export const checkTypesResolution: ReleaseCheck = async (_pkg, tarball) => {
  const result = await checkPackage(tarball.pkg);
  if (!result.types) return ["arethetypeswrong: the package ships no types"];
  return result.problems.map((problem) => {
    const where = "entrypoint" in problem ? ` at "${problem.entrypoint}"` : "";
    const how = "resolutionKind" in problem ? ` (${problem.resolutionKind})` : "";
    return `arethetypeswrong: ${problem.kind}${where}${how}`;
  });
};
