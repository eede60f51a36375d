import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { createFormatter } from "../format/format.js";
import { writeIfChanged } from "../write/write-files.js";
import {
  betaSource,
  betaToolsSource,
  betaTypedFetchSource,
  indexSource,
  packageEntries,
  packageJson,
  readme,
  tsconfigJson,
  toolsSource,
  tsupConfig,
  typedFetchSource,
  vitestConfig,
  type PackageFacts,
} from "./package-files.js";

/**
 * Writes packages/<revision>/: the package files are created once (formatted with prettier) and
 * then left to their owners (changesets bump versions in package.json); the README and
 * package.json's entries are rewritten on every run because they follow the spec (its counts, its
 * modules).
 */
export async function scaffoldPackage(
  root: string,
  revision: string,
  facts: PackageFacts,
): Promise<string[]> {
  const dir = join(root, "packages", revision);
  const createOnce: [string, string][] = [
    ["package.json", packageJson(facts)],
    ["tsconfig.json", tsconfigJson()],
    ["tsup.config.ts", tsupConfig(facts)],
    ["vitest.config.ts", vitestConfig],
    ["src/index.ts", indexSource],
    ["src/typed-fetch.ts", typedFetchSource],
    ["src/tools.ts", toolsSource],
  ];
  if (facts.betaOperationCount !== undefined) {
    createOnce.push(
      ["src/beta.ts", betaSource],
      ["src/beta-typed-fetch.ts", betaTypedFetchSource],
      ["src/beta-tools.ts", betaToolsSource],
    );
  }
  const missing = createOnce.filter(([path]) => !existsSync(join(dir, path)));
  const format = missing.length > 0 ? await createFormatter(root) : undefined;
  const written: string[] = [];
  for (const [path, content] of missing) {
    await writeIfChanged(join(dir, path), (await format?.(path, content)) ?? content);
    written.push(path);
  }
  if (await syncPackageEntries(join(dir, "package.json"), facts)) written.push("package.json");
  // The README template is already in prettier's style (a test holds it there): no formatter load.
  if (await writeIfChanged(join(dir, "README.md"), readme({ ...facts, revision }))) {
    written.push("README.md");
  }
  return written;
}

/** Rewrites the entry fields of an existing package.json, keeping every other field and its order. */
async function syncPackageEntries(path: string, facts: PackageFacts): Promise<boolean> {
  const manifest = JSON.parse(await readFile(path, "utf8")) as Record<string, unknown>;
  return writeIfChanged(
    path,
    `${JSON.stringify({ ...manifest, ...packageEntries(facts) }, null, 2)}\n`,
  );
}
