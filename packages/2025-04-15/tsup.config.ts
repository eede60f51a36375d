import { existsSync, readdirSync } from "node:fs";
import { defineConfig } from "tsup";

// One entry per API module, `@klaviyo-ts/<revision>/<module>` (generated into src/generated/entries).
// `pnpm --filter <this package> build` runs tsup without the generate step turbo runs first.
if (!existsSync("src/generated/entries")) {
  throw new Error(
    "src/generated/ is missing: run `pnpm generate` (or `pnpm build` at the repository root) first",
  );
}
const modules = readdirSync("src/generated/entries").map((file) => file.replace(/\.ts$/, ""));

export default defineConfig({
  entry: {
    index: "src/index.ts",
    "typed-fetch": "src/typed-fetch.ts",
    tools: "src/tools.ts",
    beta: "src/beta.ts",
    "beta/typed-fetch": "src/beta-typed-fetch.ts",
    "beta/tools": "src/beta-tools.ts",
    ...Object.fromEntries(modules.map((m) => [m, `src/generated/entries/${m}.ts`])),
  },
  // CommonJS entries share chunks as the ESM ones do: `require("<package>/profiles").getProfiles`
  // is then the root's `getProfiles`, not a copy bundled into each entry.
  splitting: true,
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
});
