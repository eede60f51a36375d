import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { benchDir, latestRevision, revisionPackage, workDir } from "./workspace.js";

export type Side = "ours" | "official" | "baseline";
export const sides: readonly Side[] = ["ours", "official", "baseline"];
/**
 * A consumer program: one per side, plus ours from module entries without and with typed filters
 * in use (measured by typecheck only) and ours on the client with typed fetch (measured by bundle only).
 */
export type Program = Side | "ours-modules" | "ours-filtered" | "ours-typed-fetch";
const programs: readonly Program[] = [
  ...sides,
  "ours-modules",
  "ours-filtered",
  "ours-typed-fetch",
];

export interface ConsumerProject {
  dir: string;
  revision: string;
  entry(program: Program): string;
  tsconfig(program: Program): string;
}

/**
 * Lays out bench/.work/consumer: the consumer programs for the latest revision, one tsconfig
 * each (what `tsc --init` gives a new project: strict, skipLibCheck), and a node_modules link to
 * our revision package, so that each program imports its client by package name as a user would.
 * klaviyo-api and openapi-fetch resolve from bench/node_modules.
 */
export function prepareConsumers(): ConsumerProject {
  const revision = latestRevision();
  const dir = join(workDir, "consumer");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "node_modules/@klaviyo-ts"), { recursive: true });
  symlinkSync(
    revisionPackage(revision).dir,
    join(dir, "node_modules/@klaviyo-ts", revision),
    "dir",
  );
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module", private: true }));
  for (const side of programs) {
    const source = readFileSync(join(benchDir, "consumers", `${side}.ts`), "utf8");
    writeFileSync(join(dir, `${side}.ts`), source.replaceAll("REVISION", revision));
    const tsconfig = {
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2023", "DOM", "DOM.Iterable"],
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        skipLibCheck: true,
        noEmit: true,
        types: [],
      },
      files: [`${side}.ts`],
    };
    writeFileSync(join(dir, `tsconfig.${side}.json`), JSON.stringify(tsconfig, null, 2));
  }
  return {
    dir,
    revision,
    entry: (program) => join(dir, `${program}.ts`),
    tsconfig: (program) => join(dir, `tsconfig.${program}.json`),
  };
}
