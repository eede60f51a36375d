import type { KlaviyoClientBase, KlaviyoOptions, KlaviyoTool } from "@klaviyo-ts/core";

/** What a revision package's `./tools` (or `./beta/tools`) entry exports. */
export interface ToolCatalogue {
  readonly revision: string;
  readonly tools: readonly KlaviyoTool[];
  createKlaviyo(options: KlaviyoOptions): KlaviyoClientBase;
}

const REVISION = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Loads `@klaviyo-ts/<revision>/tools` from beside this package: the server is pinned to the
 * revision the user installed, and carries no catalogue of its own.
 */
export async function loadCatalogue(revision: string, beta: boolean): Promise<ToolCatalogue> {
  if (!REVISION.test(revision)) {
    throw new Error(
      `--revision must be a Klaviyo API revision such as 2026-04-15, not "${revision}"`,
    );
  }
  const specifier = `@klaviyo-ts/${revision}${beta ? "/beta" : ""}/tools`;
  try {
    return (await import(specifier)) as ToolCatalogue;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ERR_MODULE_NOT_FOUND" || code === "ERR_PACKAGE_PATH_NOT_EXPORTED") {
      throw new Error(
        `cannot load ${specifier}: install the revision package beside @klaviyo-ts/mcp ` +
          `(npm install @klaviyo-ts/${revision})${beta ? "; this revision may have no beta operations" : ""}`,
      );
    }
    throw error;
  }
}
