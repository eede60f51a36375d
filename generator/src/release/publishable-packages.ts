import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

export interface PublishablePackage {
  name: string;
  version: string;
  dir: string;
  manifest: PackageManifest;
}

export interface PackageManifest {
  name: string;
  version: string;
  private?: boolean;
  deprecated?: string;
  /** Release budgets in bytes, checked by `release check` on the packed tarball. */
  sizeBudget?: { packed: number; unpacked: number };
  [key: string]: unknown;
}

/** Every non-private package under packages/, sorted by name. */
export async function publishablePackages(root: string): Promise<PublishablePackage[]> {
  const base = join(root, "packages");
  const found: PublishablePackage[] = [];
  for (const entry of await readdir(base, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const dir = join(base, entry.name);
    let manifest: PackageManifest;
    try {
      manifest = JSON.parse(await readFile(join(dir, "package.json"), "utf8")) as PackageManifest;
    } catch {
      continue;
    }
    if (manifest.private) continue;
    found.push({ name: manifest.name, version: manifest.version, dir, manifest });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}
