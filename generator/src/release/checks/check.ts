import type { PublishablePackage } from "../publishable-packages.js";
import type { Tarball } from "../tarball.js";

/** One release check: given a packed package, the problems it finds (empty when it passes). */
export type ReleaseCheck = (
  pkg: PublishablePackage,
  tarball: Tarball,
  data: Uint8Array,
) => Promise<string[]>;
