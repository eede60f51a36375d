import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    "typed-fetch": "src/typed-fetch.ts",
    tools: "src/tools.ts",
    beta: "src/beta.ts",
    "beta/typed-fetch": "src/beta-typed-fetch.ts",
    "beta/tools": "src/beta-tools.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
});
