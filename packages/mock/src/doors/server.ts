import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { Readable } from "node:stream";
import { answerPreflight, setCorsHeaders } from "../http/cors.js";
import { createMock, MockConnectionReset, type KlaviyoMock, type MockOptions } from "../mock.js";

export interface ServerOptions extends MockOptions {
  /** Default 0: a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
}

export interface MockServer extends Omit<KlaviyoMock, "handle"> {
  /** Base URL, e.g. http://127.0.0.1:40123 (no trailing slash). */
  readonly url: string;
  readonly port: number;
  /** Time from startMock() to listening, in ms. */
  readonly startupMs: number;
  close(): Promise<void>;
}

/** Sends a TCP RST where the platform can, so clients see ECONNRESET rather than a clean close. */
function resetConnection(socket: Socket): void {
  if (typeof socket.resetAndDestroy === "function") socket.resetAndDestroy();
  else socket.destroy();
}

function toRequest(req: IncomingMessage): Request {
  const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "127.0.0.1"}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const method = req.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  // The body stays unread until the handler asks for it: a reset-before-body fault never reads it.
  return new Request(url, {
    method,
    headers,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: "half" } : {}),
  } as RequestInit);
}

/** Writes a Fetch Response; a body stream that fails (a truncated fault) resets the connection. */
async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  res.writeHead(response.status, headers);
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      res.write(value);
    }
  } catch {
    // Let what was written reach the client before the reset, as a dying upstream would.
    await new Promise<void>((resolve) => res.write("", () => resolve()));
    resetConnection(res.socket as Socket);
    return;
  }
  res.end();
}

/** Starts a local Klaviyo for one revision on loopback (the `klaviyo-mock` CLI's door). */
export async function startMock(options: ServerOptions): Promise<MockServer> {
  const started = performance.now();
  const mock = await createMock(options);
  const server = createServer((req, res) => {
    setCorsHeaders(req, res);
    if (req.method === "OPTIONS") return answerPreflight(req, res);
    mock
      .handle(toRequest(req))
      .then((response) => send(res, response))
      .catch((error: unknown) => {
        if (error instanceof MockConnectionReset || res.headersSent) {
          resetConnection(req.socket);
          return;
        }
        res.writeHead(500, { "Content-Type": "text/plain" }).end(String(error));
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const startupMs = performance.now() - started;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    revision: mock.revision,
    requests: mock.requests,
    operations: mock.operations,
    store: mock.store,
    startupMs,
    setFaults: (faults) => mock.setFaults(faults),
    clearRequests: () => mock.clearRequests(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
