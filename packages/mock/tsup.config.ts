import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    target: "node20",
    clean: true,
  },
  {
    // The CLI is only ever launched through bin/klaviyo-mock.js, which imports ESM.
    entry: ["src/cli.ts"],
    format: ["esm"],
    target: "node20",
  },
]);
