import { existsSync } from "node:fs";
import { join } from "node:path";
import { retirementDay } from "../lifecycle/status.js";
import type { Lock } from "../spec/lock.js";

export interface Deprecation {
  name: string;
  message: string;
}

/** The `npm deprecate` calls a publish makes: one per retired revision that still has a package. */
export function plannedDeprecations(root: string, lock: Lock): Deprecation[] {
  return Object.entries(lock.revisions)
    .filter(
      ([revision, entry]) =>
        entry.status === "retired" && existsSync(join(root, "packages", revision)),
    )
    .map(([revision]) => ({
      name: `@klaviyo-ts/${revision}`,
      message: `Klaviyo retired API revision ${revision} on ${retirementDay(revision).toISOString().slice(0, 10)}; install a newer @klaviyo-ts revision package.`,
    }));
}
