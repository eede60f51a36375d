import type { ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { Fault } from "../faults.js";
import type { MockResponse } from "./response.js";

/** What a proxy in front of an API answers when it has a bad moment. */
const NON_JSON_BODY = "<html><body><h1>502 Bad Gateway</h1><p>upstream hiccup</p></body></html>";

/** Sends a TCP RST where the platform can, so clients see ECONNRESET rather than a clean close. */
export function resetConnection(socket: Socket): void {
  if (typeof socket.resetAndDestroy === "function") socket.resetAndDestroy();
  else socket.destroy();
}

/** Writes an answer, mangled as the body faults (truncated, non-JSON) ask. */
export function send(res: ServerResponse, response: MockResponse, fault?: Fault): void {
  const headers: Record<string, string> = { ...response.headers };
  if (fault?.kind === "non-json") {
    res.writeHead(fault.status ?? response.status, { ...headers, "Content-Type": "text/html" });
    res.end(NON_JSON_BODY);
    return;
  }
  if (response.body === undefined) {
    res.writeHead(response.status, headers).end();
    return;
  }
  const payload = Buffer.from(JSON.stringify(response.body));
  res.writeHead(fault?.status ?? response.status, {
    ...headers,
    "Content-Type": "application/vnd.api+json",
    "Content-Length": String(payload.length),
  });
  if (fault?.kind === "truncated") {
    // Content-Length promises the whole document; the connection dies halfway through it.
    res.write(payload.subarray(0, Math.floor(payload.length / 2)), () =>
      resetConnection(res.socket as Socket),
    );
    return;
  }
  res.end(payload);
}
