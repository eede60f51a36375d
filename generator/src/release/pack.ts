import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import type { PublishablePackage } from "./publishable-packages.js";

const run = promisify(execFile);

/**
 * `pnpm pack`s a package (so workspace: ranges become real versions, as on publish) and
 * returns the tarball's bytes.
 */
export async function packPackage(
  pkg: PublishablePackage,
  destination: string,
): Promise<Uint8Array> {
  const { stdout } = await run("pnpm", ["pack", "--json", "--pack-destination", destination], {
    cwd: pkg.dir,
    maxBuffer: 64 * 1024 * 1024,
  });
  const { filename } = JSON.parse(stdout) as { filename: string };
  return readFile(filename.startsWith("/") ? filename : join(destination, filename));
}
