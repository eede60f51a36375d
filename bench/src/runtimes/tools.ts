import { existsSync } from "node:fs";
import { join } from "node:path";
import { runChecked } from "../lib/child.js";
import { benchDir } from "../lib/workspace.js";

/** bench/runtimes: the pinned runtimes (npm project of its own) and the smoke scripts. */
export const runtimesDir = join(benchDir, "runtimes");
export const smokeDir = join(runtimesDir, "smoke");
const bin = (path: string) => join(runtimesDir, "node_modules", path);

export const tools = {
  node22: bin("node22/bin/node"),
  node24: bin("node24/bin/node"),
  bun: bin(".bin/bun"),
  deno: bin(".bin/deno"),
  esbuild: bin("esbuild/lib/main.js"),
  playwright: bin("playwright-core/index.js"),
};

/**
 * Installs the pinned runtimes from bench/runtimes/package-lock.json the first time. `npm install`
 * rather than `npm ci`: the lock is kept free of registry addresses, and npm ci then insists on
 * entries for other platforms' optional binaries.
 */
export async function ensureTools(): Promise<void> {
  if (Object.values(tools).every((path) => existsSync(path))) return;
  console.log("installing the pinned runtimes (npm install in bench/runtimes)...");
  await runChecked(
    "npm",
    ["install", "--no-audit", "--no-fund", "--omit-lockfile-registry-resolved"],
    { cwd: runtimesDir },
  );
}
