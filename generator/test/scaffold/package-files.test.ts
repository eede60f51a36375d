import { check } from "prettier";
import { describe, expect, it } from "vitest";
import {
  betaTypedFetchSource,
  indexSource,
  packageJson,
  readme,
  tsupConfig,
  typedFetchSource,
} from "../../src/scaffold/package-files.js";

describe.each([
  {
    facts: {
      revision: "2030-01-15",
      operationCount: 300,
      betaOperationCount: 12,
      filterableCount: 5,
      modules: ["profiles", "web-feeds"],
    },
    beta: true,
  },
  { facts: { revision: "2030-04-15", operationCount: 1 }, beta: false },
])("package files for $facts.revision", ({ facts, beta }) => {
  it("package.json exports ESM and CJS with types, ./beta only where there is a beta spec", () => {
    const pkg = JSON.parse(packageJson(facts)) as {
      name: string;
      exports: Record<string, unknown>;
      sideEffects: boolean;
    };
    expect(pkg.name).toBe(`@klaviyo-ts/${facts.revision}`);
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.exports["."]).toEqual({
      import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
      require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" },
    });
    expect("./beta" in pkg.exports).toBe(beta);
    expect(tsupConfig(facts).includes('beta: "src/beta.ts"')).toBe(beta);
  });

  it("package.json exports each module as its own entry, for node10 through typesVersions too", () => {
    const pkg = JSON.parse(packageJson(facts)) as {
      exports: Record<string, unknown>;
      typesVersions: { "*": Record<string, string[]> };
    };
    const { modules = [] }: { modules?: readonly string[] } = facts;
    for (const module of modules) {
      expect(pkg.exports[`./${module}`]).toEqual({
        import: { types: `./dist/${module}.d.ts`, default: `./dist/${module}.js` },
        require: { types: `./dist/${module}.d.cts`, default: `./dist/${module}.cjs` },
      });
      expect(pkg.typesVersions["*"][module]).toEqual([`./dist/${module}.d.ts`]);
    }
    expect(Object.keys(pkg.exports).length).toBe((beta ? 7 : 4) + modules.length);
    expect(tsupConfig(facts)).toContain('readdirSync("src/generated/entries")');
    // A build of the package alone (no generate step) says what to run, not a bare ENOENT.
    expect(tsupConfig(facts)).toContain('if (!existsSync("src/generated/entries"))');
    expect(tsupConfig(facts)).toContain("run `pnpm generate`");
    // CommonJS entries share chunks, so each is not a copy of the code (cjs-entries.test.ts).
    expect(tsupConfig(facts)).toContain("splitting: true,");
  });

  it("package.json exports the tool catalogue as its own entry, and the beta one with ./beta", () => {
    const pkg = JSON.parse(packageJson(facts)) as {
      exports: Record<string, unknown>;
      typesVersions: { "*": Record<string, string[]> };
    };
    expect(pkg.exports["./tools"]).toEqual({
      import: { types: "./dist/tools.d.ts", default: "./dist/tools.js" },
      require: { types: "./dist/tools.d.cts", default: "./dist/tools.cjs" },
    });
    expect(pkg.typesVersions["*"].tools).toEqual(["./dist/tools.d.ts"]);
    expect("./beta/tools" in pkg.exports).toBe(beta);
    expect(tsupConfig(facts)).toContain('tools: "src/tools.ts"');
    expect(tsupConfig(facts).includes('"beta/tools": "src/beta-tools.ts"')).toBe(beta);
  });

  it("package.json exports typed fetch as its own entry, and the beta one with ./beta", () => {
    const pkg = JSON.parse(packageJson(facts)) as {
      exports: Record<string, unknown>;
      typesVersions: { "*": Record<string, string[]> };
    };
    expect(pkg.exports["./typed-fetch"]).toEqual({
      import: { types: "./dist/typed-fetch.d.ts", default: "./dist/typed-fetch.js" },
      require: { types: "./dist/typed-fetch.d.cts", default: "./dist/typed-fetch.cjs" },
    });
    expect(pkg.typesVersions["*"]["typed-fetch"]).toEqual(["./dist/typed-fetch.d.ts"]);
    expect("./beta/typed-fetch" in pkg.exports).toBe(beta);
    expect(tsupConfig(facts)).toContain('"typed-fetch": "src/typed-fetch.ts"');
    expect(tsupConfig(facts).includes('"beta/typed-fetch": "src/beta-typed-fetch.ts"')).toBe(beta);
  });

  it("the typed-fetch entry re-exports core's typed fetch", () => {
    expect(typedFetchSource).toContain('export * from "@klaviyo-ts/core/typed-fetch";');
    expect(betaTypedFetchSource).toContain('export * from "@klaviyo-ts/core/typed-fetch";');
  });

  it("the entry re-exports core's public API: one install, one import", () => {
    expect(indexSource).toContain('export * from "@klaviyo-ts/core";');
  });

  it("depends on core with a caret range, which pnpm publishes as ^<core version>", () => {
    const pkg = JSON.parse(packageJson(facts)) as { dependencies: Record<string, string> };
    expect(pkg.dependencies).toEqual({ "@klaviyo-ts/core": "workspace:^" });
  });

  it("README is already in prettier's style and states the revision and counts", async () => {
    const text = readme(facts);
    expect(await check(text, { parser: "markdown", printWidth: 100 })).toBe(true);
    expect(text).toContain(`npm install @klaviyo-ts/${facts.revision}`);
    expect(text).toContain(`${facts.operationCount} operations`);
    expect(text.includes(`@klaviyo-ts/${facts.revision}/beta`)).toBe(beta);
    expect(text.includes("## Typed filters")).toBe((facts.filterableCount ?? 0) > 0);
    expect(text).toContain(`@klaviyo-ts/${facts.revision}/tools`);
    expect(text).toContain(`@klaviyo-ts/${facts.revision}/typed-fetch`);
    expect(text.includes(`@klaviyo-ts/${facts.revision}/beta/tools`)).toBe(beta);
    const { modules = [] }: { modules?: readonly string[] } = facts;
    expect(text.includes("## Module entries")).toBe(modules.length > 0);
    for (const module of modules) expect(text).toContain(`\`${module}\``);
  });
});
