// Shared by every revision package's tsup.config.ts (written by klaviyo-gen's scaffold).

/** What the plugin uses of esbuild's plugin API, spelled out: the root has no esbuild of its own. */
interface PluginBuild {
  initialOptions: { format?: string | undefined };
  onResolve(
    options: { filter: RegExp },
    resolve: (args: { importer: string }) => { path: string; external: boolean },
  ): void;
}

/**
 * The generated `filter` namespace stays a module of its own (dist/filters.js, and
 * dist/beta/filters.js for the beta entry): bundled into the entry it would become one object
 * holding every builder and grammar, which a consumer's bundler keeps whole; left as
 * `export * as filter from "./filters.js"` it is dropped by every bundler when unused, and rollup
 * and webpack keep only the builders a program uses (esbuild keeps all of them:
 * https://github.com/evanw/esbuild/issues/1420).
 */
export const filtersApart = {
  name: "filters-apart",
  setup(build: PluginBuild): void {
    const extension = build.initialOptions.format === "cjs" ? "cjs" : "js";
    build.onResolve({ filter: /^\.\/filters\.js$/ }, ({ importer }) => ({
      path: `./${/[\\/]generated[\\/]beta[\\/]/.test(importer) ? "beta/" : ""}filters.${extension}`,
      external: true,
    }));
  },
};
