import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { serveHttp } from "./http.js";
import { HELP, parseCommand } from "./options.js";
import { prepareServer } from "./start.js";

// stdout carries the protocol on stdio: everything for people goes to stderr.
async function main(): Promise<void> {
  const command = parseCommand(process.argv.slice(2));
  if (command.help) {
    process.stdout.write(HELP);
    return;
  }
  const { options } = command;
  const { newServer, toolCount } = await prepareServer(options, process.env);
  if (options.http) {
    const { url } = await serveHttp(newServer, options.http.host, options.http.port);
    process.stderr.write(
      `klaviyo-mcp: ${toolCount} tools (revision ${options.revision}) at ${url}\n`,
    );
    return;
  }
  await newServer().connect(new StdioServerTransport());
}

main().catch((error: unknown) => {
  process.stderr.write(`klaviyo-mcp: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
