import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { tools } from "./tools.js";

type Build = (options: Record<string, unknown>) => Promise<unknown>;

/**
 * Bundles one of the scratch project's entries into a single ES module, resolving the packages
 * from the installed tarballs with the runtime's export conditions. `stubbed` names Node built-ins
 * replaced by an empty module, as browser bundlers (Vite's `__vite-browser-external`) do for code
 * the page never runs.
 */
export async function bundleEntry(
  dir: string,
  entry: string,
  conditions: string[],
  stubbed: string[] = [],
): Promise<string> {
  const { build } = (await import(pathToFileURL(tools.esbuild).href)) as { build: Build };
  const outfile = join(dir, entry.replace(".mjs", ".bundle.js"));
  // CommonJS, so that named imports of it are undefined rather than a bundling error.
  const stub = join(dir, "node-builtin-stub.cjs");
  if (stubbed.length > 0) writeFileSync(stub, "module.exports = {};\n");
  await build({
    entryPoints: [join(dir, entry)],
    absWorkingDir: dir,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    conditions,
    alias: Object.fromEntries(stubbed.map((name) => [name, stub])),
    outfile,
    logLevel: "error",
  });
  return outfile;
}
