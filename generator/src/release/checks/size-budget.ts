import { unpackedBytes } from "../tarball.js";
import type { ReleaseCheck } from "./check.js";

/** The budgets live in each package.json ("sizeBudget", bytes) so that raising one is a reviewed change. */
export const checkSizeBudget: ReleaseCheck = async (pkg, tarball) => {
  const budget = pkg.manifest.sizeBudget;
  if (!budget) return [`size: ${pkg.name} has no "sizeBudget" in its package.json`];
  const problems: string[] = [];
  const unpacked = unpackedBytes(tarball);
  if (tarball.bytes > budget.packed) {
    problems.push(`size: packed ${kb(tarball.bytes)} is over the budget of ${kb(budget.packed)}`);
  }
  if (unpacked > budget.unpacked) {
    problems.push(`size: unpacked ${kb(unpacked)} is over the budget of ${kb(budget.unpacked)}`);
  }
  return problems;
};

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
