import { defineConfig } from "tsup";

export default defineConfig({
  // Typed fetch is an entry of its own (see src/typed-fetch.ts); splitting gives both entries, in
  // CommonJS too, one shared copy of the runtime instead of one each.
  entry: ["src/index.ts", "src/typed-fetch.ts"],
  splitting: true,
  format: ["esm", "cjs"],
  // @klaviyo-ts/spec-model is private: its code (METHOD_CODES) and types are bundled in.
  noExternal: ["@klaviyo-ts/spec-model"],
  dts: { resolve: ["@klaviyo-ts/spec-model"] },
  clean: true,
  sourcemap: false,
  target: "es2022",
  treeshake: true,
});
