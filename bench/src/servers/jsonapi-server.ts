/**
 * A minimal loopback stand-in for Klaviyo: fixed JSON:API documents for the few paths the
 * benchmarks call, optionally behind Klaviyo's fixed rate-limit windows. Run as its own process
 * (so it does not share the measured client's event loop); prints `listening <url>`.
 *
 * Arguments: [--burst N --steady N --window-ms N] [--latency-ms MIN-MAX]. GET /__stats and POST
 * /__reset count answers. With a latency, each answer waits MIN..MAX ms, stepping through the range
 * one millisecond a request, so every side of a comparison meets the same mix of delays.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { parseArgs } from "node:util";
import { FixedWindows } from "./fixed-windows.js";

const { values } = parseArgs({
  options: {
    burst: { type: "string" },
    steady: { type: "string" },
    "window-ms": { type: "string", default: "60000" },
    "latency-ms": { type: "string" },
  },
});

const [latencyMin = 0, latencyMax = latencyMin] = (values["latency-ms"] ?? "0")
  .split("-")
  .map(Number);
let answered = 0;
/** The next answer's delay, in ms. */
function latency(): number {
  return latencyMin + (answered++ % (latencyMax - latencyMin + 1));
}

const windows =
  values.burst && values.steady
    ? new FixedWindows([
        { limit: Number(values.burst), windowMs: 1000 },
        { limit: Number(values.steady), windowMs: Number(values["window-ms"]) },
      ])
    : undefined;

let stats = { ok: 0, throttled: 0 };

const profile = (id: string) => ({
  type: "profile",
  id,
  attributes: { email: `p${id}@example.com`, first_name: "Ada" },
  links: { self: `/api/profiles/${id}/` },
});
const list = { type: "list", id: "Y6nRLr", attributes: { name: "Newsletter" } };

function json(res: ServerResponse, status: number, body: unknown, headers = {}) {
  res.writeHead(status, { "content-type": "application/vnd.api+json", ...headers });
  res.end(JSON.stringify(body));
}

function route(req: IncomingMessage, res: ServerResponse, headers: Record<string, string>) {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  if (req.method === "GET" && url.pathname === "/api/profiles") {
    return json(
      res,
      200,
      { data: [profile("01"), profile("02")], links: { self: url.href, next: null } },
      headers,
    );
  }
  if (req.method === "GET" && url.pathname.startsWith("/api/profiles/")) {
    return json(res, 200, { data: profile(url.pathname.split("/")[3] ?? "01") }, headers);
  }
  if (req.method === "GET" && url.pathname === "/api/lists") {
    return json(res, 200, { data: [list], links: { self: url.href, next: null } }, headers);
  }
  if (req.method === "POST" && url.pathname === "/api/events") {
    res.writeHead(202, headers);
    return res.end();
  }
  json(res, 404, { errors: [{ status: "404", code: "not_found", title: "Not found." }] });
}

const server = createServer((req, res) => {
  // Drain the body before answering, as a real server does.
  req.resume();
  req.on("end", () => {
    const delay = latency();
    if (delay > 0) setTimeout(() => answer(req, res), delay);
    else answer(req, res);
  });
});

function answer(req: IncomingMessage, res: ServerResponse) {
  if (req.url === "/__stats") return json(res, 200, stats);
  if (req.url === "/__reset") {
    stats = { ok: 0, throttled: 0 };
    return json(res, 200, stats);
  }
  if (!windows) return route(req, res, {});
  const admission = windows.admit();
  if (!admission.admitted) {
    stats.throttled++;
    return json(
      res,
      429,
      { errors: [{ status: "429", code: "throttled", title: "Request was throttled." }] },
      { "retry-after": String(admission.retryAfterSeconds) },
    );
  }
  stats.ok++;
  route(req, res, {
    "ratelimit-limit": windows.limitHeader(),
    "ratelimit-remaining": String(admission.remaining),
    "ratelimit-reset": String(admission.resetSeconds),
  });
}

server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  if (address && typeof address === "object")
    console.log(`listening http://127.0.0.1:${address.port}`);
});
process.on("SIGTERM", () => process.exit(0));
