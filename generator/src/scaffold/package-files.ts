/** The hand-maintained files of a revision package, rendered from its revision and operation counts. */

export interface PackageFacts {
  revision: string;
  operationCount: number;
  filterableCount?: number;
  betaOperationCount?: number;
  /** The stable client's modules, each its own entry (`./profiles`); none before the first generation. */
  modules?: readonly string[];
}

/**
 * What `release check` allows a new revision package before its own figures are known: the
 * largest package today (2026-04-15 with its tool catalogue and module entries, measured
 * 2026-11-30: 601 KB packed, 5.6 MB unpacked) plus room for a quarter's growth. Tighten it to the
 * package's own figures once it is built.
 */
export const NEW_PACKAGE_SIZE_BUDGET = { packed: 680 * 1024, unpacked: 7000 * 1024 };

export function packageJson(facts: PackageFacts): string {
  const { revision } = facts;
  const pkg = {
    name: `@klaviyo-ts/${revision}`,
    version: "0.0.0",
    description: `Typed, tree-shakable Klaviyo API client pinned to API revision ${revision}.`,
    license: "MIT",
    type: "module",
    sideEffects: false,
    ...packageEntries(facts),
    files: ["dist"],
    engines: { node: ">=20" },
    sizeBudget: NEW_PACKAGE_SIZE_BUDGET,
    keywords: ["klaviyo", "api", "client", "typescript", revision],
    scripts: {
      generate: `klaviyo-gen generate ${revision}`,
      build: "tsup",
      typecheck: "tsc --noEmit",
      test: "vitest run --passWithNoTests",
    },
    // A caret range: a fix release of core reaches every installed revision without a new revision
    // release, and two revisions installed side by side share one core.
    dependencies: { "@klaviyo-ts/core": "workspace:^" },
    devDependencies: {
      "@klaviyo-ts/generator": "workspace:*",
      "@types/node": "^20.19.0",
      tsup: "8.5.0",
      typescript: "5.9.3",
      vitest: "4.1.12",
    },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/**
 * package.json's entry fields, which follow the spec (its modules, whether it has beta operations):
 * written with the package and rewritten on every generation (scaffold-package.ts).
 */
export function packageEntries({ betaOperationCount, modules = [] }: PackageFacts) {
  const entry = (name: string) => ({
    import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
    require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` },
  });
  const subpaths = [
    // Typed fetch and the tool catalogue are entries of their own: a program that does not use
    // them neither type-checks their declarations nor bundles their code.
    "typed-fetch",
    "tools",
    ...(betaOperationCount !== undefined ? ["beta", "beta/typed-fetch", "beta/tools"] : []),
    // One entry per module (emit/module-entry.ts): a program importing only the modules it uses
    // type-checks their declarations, not the whole API's.
    ...modules,
  ];
  return {
    exports: {
      ".": entry("index"),
      ...Object.fromEntries(subpaths.map((name) => [`./${name}`, entry(name)])),
      "./package.json": "./package.json",
    },
    main: "./dist/index.cjs",
    module: "./dist/index.js",
    types: "./dist/index.d.ts",
    // TypeScript's node10 resolution ignores "exports"; this finds the subpaths' types there too.
    typesVersions: {
      "*": Object.fromEntries(subpaths.map((name) => [name, [`./dist/${name}.d.ts`]])),
    },
  };
}

export function tsconfigJson(): string {
  const config = {
    extends: "../../tsconfig.base.json",
    // allowImportingTsExtensions: vitest.config.ts re-exports the shared ../../vitest.shared.ts.
    compilerOptions: { noEmit: true, allowImportingTsExtensions: true, types: ["node"] },
    include: ["src", "test", "tsup.config.ts", "vitest.config.ts"],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

export function tsupConfig({ betaOperationCount }: PackageFacts): string {
  const entries =
    betaOperationCount !== undefined
      ? `index: "src/index.ts", "typed-fetch": "src/typed-fetch.ts", tools: "src/tools.ts", beta: "src/beta.ts", "beta/typed-fetch": "src/beta-typed-fetch.ts", "beta/tools": "src/beta-tools.ts"`
      : `index: "src/index.ts", "typed-fetch": "src/typed-fetch.ts", tools: "src/tools.ts"`;
  return `import { existsSync, readdirSync } from "node:fs";
import { defineConfig } from "tsup";

// One entry per API module, \`@klaviyo-ts/<revision>/<module>\` (generated into src/generated/entries).
// \`pnpm --filter <this package> build\` runs tsup without the generate step turbo runs first.
if (!existsSync("src/generated/entries")) {
  throw new Error("src/generated/ is missing: run \`pnpm generate\` (or \`pnpm build\` at the repository root) first");
}
const modules = readdirSync("src/generated/entries").map((file) => file.replace(/\\.ts$/, ""));

export default defineConfig({
  entry: {
    ${entries},
    ...Object.fromEntries(modules.map((m) => [m, \`src/generated/entries/\${m}.ts\`])),
  },
  // CommonJS entries share chunks as the ESM ones do: \`require("<package>/profiles").getProfiles\`
  // is then the root's \`getProfiles\`, not a copy bundled into each entry.
  splitting: true,
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
});
`;
}

export const vitestConfig = `export { default } from "../../vitest.shared.ts";\n`;

/**
 * Core's public API is re-exported here, in the entry, and not by the generated index: a bundler
 * keeps \`export * from "<external>"\` of an entry as it is, but turns one in a nested module into a
 * runtime namespace object that holds every operation, and a consumer's bundle then tree-shakes
 * nothing (24 KB instead of 11 KB gzipped for three calls).
 */
export const indexSource = `// The client is generated into ./generated (klaviyo-gen generate); this file only fixes the public entry.
export * from "./generated/index.js";
// Errors, waitForJob, resolveIncluded, the stores and helper types: one install, one import.
export * from "@klaviyo-ts/core";
`;

export const typedFetchSource = `// Typed fetch (createKlaviyoWithTypedFetch, the \`paths\` of every route), apart from the operation functions.
export * from "./generated/typed-fetch.js";
export * from "@klaviyo-ts/core/typed-fetch";
`;

export const betaTypedFetchSource = `// Typed fetch over the pre-release operations, on a client sending the "<revision>.pre" header.
export * from "./generated/beta/typed-fetch.js";
export * from "@klaviyo-ts/core/typed-fetch";
`;

export const toolsSource = `// Every operation as a JSON-Schema tool for AI agents (generated into ./generated/tools.ts).
export * from "./generated/tools.js";
`;

export const betaToolsSource = `// The pre-release operations as JSON-Schema tools, on a client sending the "<revision>.pre" header.
export * from "./generated/beta/tools.js";
`;

export const betaSource = `// Pre-release operations of this revision (beta.json), sent with the "<revision>.pre" header.
export * from "./generated/beta/index.js";
`;

export function readme({
  revision,
  operationCount,
  betaOperationCount,
  filterableCount = 0,
  modules = [],
}: PackageFacts): string {
  const moduleEntries =
    modules.length > 0
      ? `## Module entries: the fast type-check

Each module of the API is also an entry of its own, \`@klaviyo-ts/${revision}/<module>\`: its operation
functions and their \`filter\` builders, \`createKlaviyo\`, \`revision\` and core's API. TypeScript reads
the declarations of everything an import reaches, so a program importing from the package root
type-checks the whole API's types; one importing from module entries reads only the modules it uses
and the schemas they share. Both give the same functions and types. A module entry's \`filter\` holds
only that module's builders (and a module without filtering operations has none): a program importing
two entries renames one, \`import { filter as listFilter } from "@klaviyo-ts/${revision}/lists"\`.

\`\`\`ts
import { createEvent } from "@klaviyo-ts/${revision}/events";
import { createKlaviyo, getProfiles } from "@klaviyo-ts/${revision}/profiles";

const klaviyo = createKlaviyo({ apiKey: process.env.KLAVIYO_API_KEY });
\`\`\`

The modules: ${modules.map((m) => `\`${m}\``).join(", ")}.

`
      : "";
  const filters =
    filterableCount > 0
      ? `## Typed filters

The ${filterableCount} operations whose filter grammar the spec documents have a typed builder:
only their fields, operators and value types compile.

\`\`\`ts
import { filter, getProfiles } from "@klaviyo-ts/${revision}";

await getProfiles(klaviyo, { filter: filter.getProfiles.equals("email", "a@example.com") });
\`\`\`

A raw filter string (\`'equals(email,"a@example.com")'\`) is accepted too.

`
      : "";
  const tools = `## Tools for AI agents

\`@klaviyo-ts/${revision}/tools\` is a catalogue of every operation as a JSON-Schema tool (name,
description with rate limits and scopes, input schema, annotations) whose \`call(client, args)\`
goes through the same runtime. It is a separate entry, so a client bundle does not carry it. Use it
with any LLM SDK, or serve it with [\`@klaviyo-ts/mcp\`](../mcp#readme):

\`\`\`sh
KLAVIYO_API_KEY=pk_... npx -y -p @klaviyo-ts/mcp -p @klaviyo-ts/${revision} klaviyo-mcp --revision ${revision}
\`\`\`

\`\`\`ts
import { createKlaviyo, tools } from "@klaviyo-ts/${revision}/tools";

const getProfiles = tools.find((tool) => tool.name === "get_profiles")!;
const page = await getProfiles.call(createKlaviyo({ apiKey }), { page_size: 5 });
\`\`\`
${betaOperationCount !== undefined ? `\nThe beta operations are in \`@klaviyo-ts/${revision}/beta/tools\`.\n` : ""}
`;
  const beta =
    betaOperationCount !== undefined
      ? `## Beta operations

\`@klaviyo-ts/${revision}/beta\` holds the ${betaOperationCount} pre-release operations Klaviyo publishes for this
revision. Its \`createKlaviyo\` sends the revision header \`${revision}.pre\`. Beta operations may change
or disappear without notice; do not mix them with stable ones in one client.

\`\`\`ts
import { createKlaviyo } from "@klaviyo-ts/${revision}/beta";
\`\`\`

Typed fetch over the beta paths is \`createKlaviyoWithTypedFetch\` from \`@klaviyo-ts/${revision}/beta/typed-fetch\`.
`
      : `## Beta operations

Klaviyo publishes no pre-release operations for this revision, so this package has no \`/beta\` entry.
`;
  return `# @klaviyo-ts/${revision}

Typed Klaviyo API client pinned to API revision **${revision}**: ${operationCount} operations, every path,
parameter, body and response typed from Klaviyo's OpenAPI spec. ESM and CommonJS, runs wherever \`fetch\`
does (Node >= 20, Bun, Deno, Workers, browsers for \`/client\` endpoints). Rate-limit pacing, retries,
pagination and typed errors come from [\`@klaviyo-ts/core\`](../core), whose whole API this package
re-exports: one install, one import.

## Install

\`\`\`sh
npm install @klaviyo-ts/${revision}
\`\`\`

Errors, \`waitForJob\`, \`verifyWebhookSignature\`, \`resolveIncluded\`, \`RedisRateLimitStore\` and the helper
types come from the same import. An error is recognised by \`instanceof\` (or \`isKlaviyoError\`) even when
it was thrown by another copy of the runtime, such as its CommonJS build.

## Quickstart

\`\`\`ts
import { createKlaviyo, getProfiles, createEvent } from "@klaviyo-ts/${revision}";

const klaviyo = createKlaviyo({ apiKey: process.env.KLAVIYO_API_KEY });

// One tree-shakable function per operation: ergonomic params, returns the JSON:API document,
// throws typed errors.
const page = await getProfiles(klaviyo, { fields: { profile: ["email"] }, page: { size: 100 } });

// Pagination: items (or pages with .pages), following links.next.
for await (const profile of getProfiles.all(klaviyo, { sort: "-created" })) {
  console.log(profile.attributes.email);
}
\`\`\`

A bundle keeps the operations a program calls and the runtime (auth, pacing, retries, timeouts,
typed errors), nothing else.

The \`revision\` header is set by the client (\`${revision}\`); never pass it yourself. Public \`/client\`
endpoints use \`createKlaviyo({ publicKey })\` and send \`company_id\` instead of an Authorization header.

Operation functions are named after Klaviyo's operationIds in camelCase (\`get_profiles\` ->
\`getProfiles\`). Former operationIds are exported too, marked \`@deprecated\`. The full list with
methods, paths, scopes and rate limits is in [api-report.md](./api-report.md).

## Typed fetch

\`createKlaviyoWithTypedFetch\`, from the \`@klaviyo-ts/${revision}/typed-fetch\` entry, gives a client with
openapi-fetch's typed methods over every route of the revision, on the same runtime; operation
functions take it too. It carries the rate limits of the whole API, by which typed fetch paces each
route, and openapi-fetch's serialisers. Its declarations (every route with its error responses) are
read only by programs that import this entry, so the main entry type-checks faster.

\`\`\`ts
import { createKlaviyoWithTypedFetch } from "@klaviyo-ts/${revision}/typed-fetch";

const klaviyo = createKlaviyoWithTypedFetch({ apiKey: process.env.KLAVIYO_API_KEY });
const { data, error } = await klaviyo.GET("/api/profiles/{id}", {
  params: { path: { id: "01H..." } },
});
\`\`\`

${moduleEntries}${filters}${tools}${beta}`;
}
