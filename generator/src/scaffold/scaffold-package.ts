import { existsSync } from "node:fs";
import { join } from "node:path";
import { createFormatter } from "../format/format.js";
import { writeIfChanged } from "../write/write-files.js";
import {
  betaSource,
  betaToolsSource,
  betaTypedFetchSource,
  indexSource,
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
 * then left to their owners (changesets bump versions in package.json); the README is re-rendered
 * on every run because its operation counts follow the spec.
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
  // The README template is already in prettier's style (a test holds it there): no formatter load.
  if (await writeIfChanged(join(dir, "README.md"), readme({ ...facts, revision }))) {
    written.push("README.md");
  }
  return written;
}
