import { readFile } from "node:fs/promises";
import { defineConfig, type Options } from "tsup";
import { pruneLock } from "./src/spec/lock.ts";

type EsbuildPlugin = NonNullable<Options["esbuildPlugins"]>[number];

/**
 * src/spec/pins.ts imports the repository's spec/revisions.json so that a mock installed from npm
 * knows which bytes to download. Only the pins are bundled, not the whole lock; turbo rebuilds the
 * mock when the lock changes (turbo.json).
 */
const pinsOnly: EsbuildPlugin = {
  name: "spec-pins-only",
  setup(build) {
    build.onLoad({ filter: /[\\/]spec[\\/]revisions\.json$/ }, async (args) => ({
      contents: JSON.stringify(pruneLock(JSON.parse(await readFile(args.path, "utf8")))),
      loader: "json",
    }));
  },
};

export default defineConfig([
  {
    // One build for both entries: with splitting, ./msw shares the mock's chunk instead of
    // carrying a second copy of it (and of the pins).
    entry: ["src/index.ts", "src/msw.ts"],
    format: ["esm", "cjs"],
    // @klaviyo-ts/spec-model is private (never published): its code and types are bundled in, so
    // an installed mock depends on nothing unpublished.
    noExternal: ["@klaviyo-ts/spec-model"],
    dts: { resolve: ["@klaviyo-ts/spec-model"] },
    target: "node20",
    clean: true,
    splitting: true,
    external: ["msw"],
    esbuildPlugins: [pinsOnly],
  },
  {
    // The CLI is only ever launched through bin/klaviyo-mock.js, which imports ESM. It imports the
    // built dist/index.js beside it: a second bundled copy of the mock (and of the pins) would
    // double the tarball.
    entry: ["src/cli.ts"],
    format: ["esm"],
    target: "node20",
    external: ["./index.js"],
  },
]);
