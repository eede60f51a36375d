import { createServer as createHttpServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1"]);

/**
 * Streamable HTTP at /mcp, stateless: each request gets its own MCP server and transport, while
 * the Klaviyo client (and so its rate-limit pacing) is shared by all of them.
 */
export async function serveHttp(
  newServer: () => Server,
  host: string,
  port: number,
): Promise<{ server: HttpServer; url: string }> {
  const httpServer = createHttpServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname !== "/mcp") {
      res
        .writeHead(404, { "content-type": "text/plain" })
        .end("not found: the MCP endpoint is /mcp");
      return;
    }
    // A server on loopback answers only requests addressed to loopback, which is what stops a web
    // page from reaching it by DNS rebinding (MCP transports spec, "Security Warning").
    if (LOOPBACK.has(host) && !isLoopbackHost(req.headers.host)) {
      res.writeHead(403, { "content-type": "text/plain" }).end("forbidden host");
      return;
    }
    const server = newServer();
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
    });
    res.on("close", () => {
      void transport.close();
      void server.close();
    });
    server
      .connect(transport)
      .then(() => transport.handleRequest(req, res))
      .catch(() => {
        if (!res.headersSent) res.writeHead(500).end();
      });
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(port, host, resolve);
  });
  const address = httpServer.address() as AddressInfo;
  const shown = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return { server: httpServer, url: `http://${shown}:${address.port}/mcp` };
}

function isLoopbackHost(header: string | undefined): boolean {
  if (!header) return false;
  const hostname = new URL(`http://${header}`).hostname.replace(/^\[|\]$/g, "");
  return LOOPBACK.has(hostname);
}
