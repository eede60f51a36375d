import { createRequire } from "node:module";
import type { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { loadCatalogue } from "./catalogue.js";
import { credentialsFromEnvironment } from "./credentials.js";
import type { CliOptions } from "./options.js";
import { selectTools } from "./select-tools.js";
import { createServer } from "./server.js";
import { scrubber } from "./tool-result.js";

const { version } = createRequire(import.meta.url)("../package.json") as { version: string };

/**
 * Everything the server needs before it takes a request: credentials from the environment, the
 * revision's catalogue, the selected tools. Returns a factory, since streamable HTTP builds one
 * server per request.
 */
export async function prepareServer(
  options: CliOptions,
  env: Readonly<Record<string, string | undefined>>,
): Promise<{ newServer: () => Server; toolCount: number }> {
  const credentials = credentialsFromEnvironment(env);
  const catalogue = await loadCatalogue(options.revision, options.beta);
  const tools = selectTools(catalogue.tools, options);
  if (tools.length === 0)
    throw new Error("no tool is left to serve: check --read-only and --tools");
  const client = catalogue.createKlaviyo({
    ...credentials.options,
    userAgent: `klaviyo-mcp/${version}`,
  });
  const settings = {
    name: "klaviyo-mcp",
    version,
    revision: catalogue.revision,
    client,
    tools,
    dynamic: options.dynamic,
    compact: options.compact,
    maxResultChars: options.maxResultChars,
    scrub: scrubber(credentials.secrets),
  };
  return { newServer: () => createServer(settings), toolCount: tools.length };
}
