import { type Package, createPackageFromTarballData } from "@arethetypeswrong/core";

/** A packed tarball's files, keyed by their path inside the package ("dist/index.js"). */
export interface Tarball {
  bytes: number;
  files: Map<string, string>;
  pkg: Package;
}

export function readTarball(data: Uint8Array): Tarball {
  const pkg = createPackageFromTarballData(data);
  const prefix = `/node_modules/${pkg.packageName}/`;
  const files = new Map<string, string>();
  for (const path of pkg.listFiles()) {
    files.set(path.slice(prefix.length), pkg.readFile(path));
  }
  return { bytes: data.byteLength, files, pkg };
}

export function unpackedBytes(tarball: Tarball): number {
  let total = 0;
  for (const text of tarball.files.values()) total += Buffer.byteLength(text);
  return total;
}
