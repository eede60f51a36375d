import { defineConfig } from "tsup";

export default defineConfig({
  // cli is what bin/klaviyo-mcp.js launches; ESM splitting shares the modules it has with index.
  entry: ["src/index.ts", "src/cli.ts"],
  format: ["esm"],
  dts: { entry: "src/index.ts" },
  target: "node20",
  clean: true,
  // The revision packages are loaded at run time from beside this one, never bundled.
  external: [/^@klaviyo-ts\//],
});
