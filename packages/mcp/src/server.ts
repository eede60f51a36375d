import type { KlaviyoClientBase, KlaviyoTool } from "@klaviyo-ts/core";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { dynamicTools } from "./dynamic-tools.js";
import { definitionOf, type Invoker, type ServedTool } from "./served-tool.js";
import { documentResult, errorResult } from "./tool-result.js";

export interface ServerSettings {
  readonly name: string;
  readonly version: string;
  /** the revision the tools are pinned to, stated in the server's instructions */
  readonly revision: string;
  readonly client: KlaviyoClientBase;
  readonly tools: readonly KlaviyoTool[];
  /** three meta-tools (list, describe, invoke) instead of one tool per operation */
  readonly dynamic: boolean;
  /** apply each tool's compact defaults (page size, top-level sparse fieldset) */
  readonly compact: boolean;
  readonly maxResultChars: number;
  readonly scrub: (text: string) => string;
}

export type { ServedTool } from "./served-tool.js";

/** An MCP server over a tool catalogue; connect it to a transport (stdio or streamable HTTP). */
export function createServer(settings: ServerSettings): Server {
  const served = settings.dynamic
    ? dynamicTools(settings, invoker(settings))
    : staticTools(settings);
  const byName = new Map(served.map((tool) => [tool.definition.name, tool]));
  const server = new Server(
    { name: settings.name, version: settings.version },
    {
      capabilities: { tools: {} },
      instructions:
        `Klaviyo API revision ${settings.revision}. Calls are paced to Klaviyo's rate limits and ` +
        "retried only when that cannot duplicate a write. Listings are paged: a result names the " +
        "page_cursor of the next page.",
    },
  );
  server.setRequestHandler(ListToolsRequestSchema, () => ({
    tools: served.map((tool) => tool.definition),
  }));
  server.setRequestHandler(CallToolRequestSchema, async (request) => {
    const tool = byName.get(request.params.name);
    if (!tool) {
      return errorResult(new Error(`no tool named "${request.params.name}"`), settings.scrub);
    }
    return tool.call(request.params.arguments ?? {});
  });
  return server;
}

function invoker(settings: ServerSettings): Invoker {
  return async (tool, args) => {
    try {
      const document = await tool.call(
        settings.client,
        settings.compact ? { ...tool.compact, ...args } : args,
      );
      return documentResult(tool.name, document, settings.maxResultChars, settings.scrub);
    } catch (error) {
      return errorResult(error, settings.scrub);
    }
  };
}

function staticTools(settings: ServerSettings): ServedTool[] {
  const invoke = invoker(settings);
  return settings.tools.map((tool) => ({
    definition: definitionOf(tool),
    call: (args) => invoke(tool, args),
  }));
}
