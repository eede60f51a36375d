import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  // @klaviyo-ts/spec-model is private: its code (METHOD_CODES) and types are bundled in.
  noExternal: ["@klaviyo-ts/spec-model"],
  dts: { resolve: ["@klaviyo-ts/spec-model"] },
  clean: true,
  sourcemap: false,
  target: "es2022",
  treeshake: true,
});
