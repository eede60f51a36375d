import { spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";

/** Where `@klaviyo-ts/core` and its `typed-fetch` entry resolve to when generated code is checked. */
export interface CoreTypes {
  root: string;
  typedFetch: string;
}

/**
 * Runs `tsc --noEmit` over generated clients in `dir` (one sub-folder per revision), resolving
 * `@klaviyo-ts/core` and its typed-fetch entry to `coreTypes`. Resolves with tsc's exit code and output.
 */
export async function typecheckGenerated(
  dir: string,
  coreTypes: CoreTypes,
): Promise<{ code: number; output: string }> {
  const tsconfig = {
    compilerOptions: {
      target: "ES2022",
      lib: ["ES2023", "DOM", "DOM.Iterable"],
      module: "NodeNext",
      moduleResolution: "NodeNext",
      strict: true,
      noUncheckedIndexedAccess: true,
      verbatimModuleSyntax: true,
      isolatedModules: true,
      skipLibCheck: true,
      noEmit: true,
      types: [],
      paths: {
        "@klaviyo-ts/core": [coreTypes.root],
        "@klaviyo-ts/core/typed-fetch": [coreTypes.typedFetch],
      },
    },
    include: ["./**/*.ts"],
  };
  await writeFile(join(dir, "tsconfig.json"), JSON.stringify(tsconfig, null, 2));
  await writeFile(join(dir, "package.json"), JSON.stringify({ type: "module", private: true }));
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsc, "-p", join(dir, "tsconfig.json")], {
      stdio: "pipe",
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}
