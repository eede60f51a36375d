import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runChecked } from "../lib/child.js";
import { corePackage, mockPackage, revisionPackage, workDir } from "../lib/workspace.js";
import { smokeDir } from "./tools.js";

const matrixDir = join(workDir, "runtimes");

export interface Tarballs {
  core: string;
  revision: string;
  mock: string;
}

/**
 * The msw the runtimes that check `@klaviyo-ts/mock/msw` install: the newest major (3 needs
 * Node >= 22.12; msw 2 is tested by the mock's own vitest suite on Node 20). Exact, so a new
 * release changes the matrix only through a commit here.
 */
export const mswVersion = "3.0.5";

async function pack(dir: string, destination: string): Promise<string> {
  await runChecked("pnpm", ["pack", "--pack-destination", destination], { cwd: dir });
  const name = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).name as string;
  const prefix = name.replace("@", "").replace("/", "-");
  const file = readdirSync(destination).find((f) => f.startsWith(prefix) && f.endsWith(".tgz"));
  if (!file) throw new Error(`pnpm pack wrote no tarball for ${name}`);
  return join(destination, file);
}

/** Packs core, the latest revision package and the mock as they would be published (workspace: ranges rewritten). */
export async function packTarballs(revision: string): Promise<Tarballs> {
  const destination = join(matrixDir, "tarballs");
  rmSync(destination, { recursive: true, force: true });
  mkdirSync(destination, { recursive: true });
  return {
    core: await pack(corePackage().dir, destination),
    revision: await pack(revisionPackage(revision).dir, destination),
    mock: await pack(mockPackage().dir, destination),
  };
}

/**
 * A fresh project for one runtime: the tarballs installed by npm (not linked to the workspace),
 * and the smoke scripts with the revision's package name filled in. `withMsw` adds the mock and
 * msw, for the runtimes that also check the MSW handlers.
 */
export async function scratchProject(
  runtime: string,
  revision: string,
  tarballs: Tarballs,
  withMsw = false,
): Promise<string> {
  const dir = join(matrixDir, runtime);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: `smoke-${runtime}`, private: true, type: "module" }),
  );
  await runChecked(
    "npm",
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--ignore-scripts",
      "--no-package-lock",
      tarballs.core,
      tarballs.revision,
      ...(withMsw ? [tarballs.mock, `msw@${mswVersion}`] : []),
    ],
    { cwd: dir },
  );
  const entries = ["server-entry.mjs", "worker-entry.mjs", "browser-entry.mjs"];
  const mswEntries = withMsw ? ["msw-entry.mjs", "browser-msw-entry.mjs"] : [];
  for (const file of ["smoke.mjs", ...entries, ...mswEntries]) {
    const source = readFileSync(join(smokeDir, file), "utf8");
    writeFileSync(join(dir, file), source.replaceAll("REVISION", revision));
  }
  return dir;
}
