import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", tools: "src/tools.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
});
