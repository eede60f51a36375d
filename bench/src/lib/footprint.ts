import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { runChecked } from "./child.js";

export interface Footprint {
  packedBytes: number;
  unpackedBytes: number;
  files: number;
  /** third-party packages installed with it, transitively */
  runtimeDeps: number;
}

interface PackInfo {
  size: number;
  unpackedSize: number;
  entryCount: number;
}

/** What `npm pack` would put in the tarball, without writing it. */
async function packInfo(dir: string): Promise<PackInfo> {
  const { stdout } = await runChecked("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: dir,
  });
  return (JSON.parse(stdout) as PackInfo[])[0]!;
}

function dependencyNames(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
  };
  return Object.keys(manifest.dependencies ?? {});
}

/** Where Node would find `name` when required from `fromDir`. */
function resolvePackageDir(name: string, fromDir: string): string {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return realpathSync(candidate);
    if (dirname(dir) === dir) throw new Error(`cannot resolve ${name} from ${fromDir}`);
  }
}

function directorySize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = directorySize(path);
      bytes += inner.bytes;
      files += inner.files;
    } else if (entry.isFile()) {
      bytes += statSync(path).size;
      files++;
    }
  }
  return { bytes, files };
}

/**
 * The install footprint of `packageDirs` (measured as packed), plus every third-party package
 * they pull in (measured as installed). Packages among `packageDirs` are not counted as deps.
 */
export async function measureFootprint(packageDirs: readonly string[]): Promise<Footprint> {
  const own = new Set(packageDirs.map((d) => realpathSync(d)));
  const footprint: Footprint = { packedBytes: 0, unpackedBytes: 0, files: 0, runtimeDeps: 0 };
  for (const dir of own) {
    const info = await packInfo(dir);
    footprint.packedBytes += info.size;
    footprint.unpackedBytes += info.unpackedSize;
    footprint.files += info.entryCount;
  }
  const seen = new Set<string>();
  const queue = [...own];
  while (queue.length > 0) {
    const dir = queue.shift()!;
    for (const name of dependencyNames(dir)) {
      const depDir = resolvePackageDir(name, dir);
      if (own.has(depDir) || seen.has(depDir)) continue;
      seen.add(depDir);
      const size = directorySize(depDir);
      footprint.unpackedBytes += size.bytes;
      footprint.files += size.files;
      queue.push(depDir);
    }
  }
  footprint.runtimeDeps = seen.size;
  return footprint;
}
