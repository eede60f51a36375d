import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", "typed-fetch": "src/typed-fetch.ts", tools: "src/tools.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
});
