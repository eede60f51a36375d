import { defineConfig } from "tsup";

/**
 * One ESM file and one declaration file: the mock bundles this package (tsup noExternal) and
 * inlines its types, which works only when the declarations are a single file without relative
 * imports.
 */
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm"],
  dts: true,
  clean: true,
  target: "node20",
});
