import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import {
  getDefaultEnvironment,
  StdioClientTransport,
} from "@modelcontextprotocol/sdk/client/stdio.js";
import type { CallToolResult, JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";

export const packageDir = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
export const repoRoot = dirname(dirname(packageDir));
export const bin = join(packageDir, "bin", "klaviyo-mcp.js");

/** A real MCP client over stdio, spawning the built bin, that records every byte it receives. */
export interface Connected {
  client: Client;
  /** every message the client received, and the server's stderr */
  received: string[];
  call(name: string, args?: Record<string, unknown>): Promise<CallToolResult>;
  close(): Promise<void>;
}

export async function connect(args: string[], env: Record<string, string>): Promise<Connected> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [bin, ...args],
    env: { ...getDefaultEnvironment(), ...env },
    stderr: "pipe",
    cwd: packageDir,
  });
  const received: string[] = [];
  transport.stderr?.on("data", (chunk: Buffer) => received.push(chunk.toString()));
  const client = new Client({ name: "klaviyo-mcp-test", version: "0.0.0" });
  await client.connect(transport);
  const deliver = transport.onmessage;
  transport.onmessage = (message: JSONRPCMessage) => {
    received.push(JSON.stringify(message));
    deliver?.(message);
  };
  return {
    client,
    received,
    call: async (name, callArgs = {}) =>
      (await client.callTool({ name, arguments: callArgs })) as CallToolResult,
    close: () => client.close(),
  };
}

/** The text of a tool result (the server answers with one text block). */
export function textOf(result: CallToolResult): string {
  const [first] = result.content;
  if (first?.type !== "text")
    throw new Error(`expected a text result, got ${JSON.stringify(result)}`);
  return first.text;
}

/** The JSON document of a result: its last line (notes such as the next cursor come first). */
export function documentOf(result: CallToolResult): { data: unknown; included?: unknown[] } {
  const lines = textOf(result).split("\n");
  return JSON.parse(lines[lines.length - 1] ?? "") as { data: unknown };
}
