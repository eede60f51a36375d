import { defineConfig } from "tsup";
import { filtersApart } from "../../tsup.shared.ts";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    filters: "src/generated/filters.ts",
    tools: "src/tools.ts",
    beta: "src/beta.ts",
    "beta/filters": "src/generated/beta/filters.ts",
    "beta/tools": "src/beta-tools.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
  esbuildPlugins: [filtersApart],
});
