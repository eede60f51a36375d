import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  files?: string[];
}

/**
 * A project outside the workspace with `packages` in a flat node_modules, as `npm install` lays
 * them out: each package (its published files only) and its dependencies, nothing else. Inside
 * the workspace, a package's `/// <reference types="node" />` finds the @types/node that pnpm
 * hoists into node_modules/.pnpm/node_modules, which a user who installed only that package does
 * not have: klaviyo-api's models.d.ts does this, and type-checking its consumer then reads 52,000
 * more lines of declarations than the same consumer in a fresh project.
 */
export function flatProject(name: string, packages: readonly string[]): string {
  const root = join(tmpdir(), `klaviyo-ts-bench-${process.pid}`);
  if (!existsSync(root)) process.once("exit", () => rmSync(root, { recursive: true, force: true }));
  const dir = join(root, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "node_modules"), { recursive: true });
  const installed = new Set<string>();
  const install = (packageDir: string) => {
    const real = realpathSync(packageDir);
    const manifest = JSON.parse(readFileSync(join(real, "package.json"), "utf8")) as Manifest;
    if (installed.has(manifest.name)) return;
    installed.add(manifest.name);
    const target = join(dir, "node_modules", manifest.name);
    const published = manifest.files ? [...manifest.files, "package.json"] : undefined;
    cpSync(real, target, {
      recursive: true,
      dereference: true,
      filter: (source) => {
        const relative = source.slice(real.length + 1);
        if (relative === "") return true;
        if (relative.split("/")[0] === "node_modules") return false;
        return (
          !published || published.some((p) => relative.split("/")[0] === p.replace(/^\.\//, ""))
        );
      },
    });
    for (const dependency of Object.keys(manifest.dependencies ?? {})) {
      install(resolveFrom(real, dependency));
    }
  };
  for (const packageDir of packages) install(packageDir);
  return dir;
}

/** Node's lookup: node_modules/<name> in the package's folder or the nearest folder above it. */
function resolveFrom(from: string, name: string): string {
  for (let dir = from; dirname(dir) !== dir; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
  }
  throw new Error(`cannot resolve ${name} from ${from}`);
}
