import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { tools } from "./tools.js";

type Build = (options: Record<string, unknown>) => Promise<unknown>;

/**
 * Bundles one of the scratch project's entries into a single ES module, resolving the packages
 * from the installed tarballs with the runtime's export conditions.
 */
export async function bundleEntry(
  dir: string,
  entry: string,
  conditions: string[],
): Promise<string> {
  const { build } = (await import(pathToFileURL(tools.esbuild).href)) as { build: Build };
  const outfile = join(dir, entry.replace(".mjs", ".bundle.js"));
  await build({
    entryPoints: [join(dir, entry)],
    absWorkingDir: dir,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    conditions,
    outfile,
    logLevel: "error",
  });
  return outfile;
}
