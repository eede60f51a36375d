import type { KlaviyoTool } from "@klaviyo-ts/core";
import type { CallToolResult, Tool } from "@modelcontextprotocol/sdk/types.js";

/** A tool the server lists, and how it answers a call. */
export interface ServedTool {
  readonly definition: Tool;
  call(args: Record<string, unknown>): Promise<CallToolResult>;
}

/** Calls one catalogue tool and turns its answer, or its error, into a tool result. */
export type Invoker = (tool: KlaviyoTool, args: Record<string, unknown>) => Promise<CallToolResult>;

/** A catalogue tool as MCP lists it. */
export function definitionOf(tool: KlaviyoTool): Tool {
  return {
    name: tool.name,
    title: tool.title,
    description: tool.description,
    inputSchema: tool.inputSchema as Tool["inputSchema"],
    annotations: tool.annotations,
  };
}
