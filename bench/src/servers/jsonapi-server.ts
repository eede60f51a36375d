/**
 * A minimal loopback stand-in for Klaviyo: fixed JSON:API documents for the few paths the
 * benchmarks call, optionally behind Klaviyo's fixed rate-limit windows, counted per account (API
 * key) by the mock's FixedWindowQuota, so the headers are the documented ones. Run as its own
 * process (so it does not share the measured client's event loop); prints `listening <url>`.
 *
 * Arguments: [--burst N --steady N --window-offset-ms N] [--latency-ms MIN-MAX]. GET /__stats
 * answers, per account, how many requests were admitted and refused and when the first arrived and
 * the last admitted one did. With a latency, each answer waits MIN..MAX ms, stepping through the
 * range one millisecond a request, so every side of a comparison meets the same mix of delays.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { parseArgs } from "node:util";
import { FixedWindowQuota } from "@klaviyo-ts/mock";

const { values } = parseArgs({
  options: {
    burst: { type: "string" },
    steady: { type: "string" },
    "window-offset-ms": { type: "string", default: "0" },
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

const limit =
  values.burst && values.steady
    ? { burst: Number(values.burst), steady: Number(values.steady) }
    : undefined;
const offsetMs = Number(values["window-offset-ms"]);
const quota = new FixedWindowQuota(offsetMs);

interface AccountStats {
  ok: number;
  throttled: number;
  /** Date.now() when the account's first request arrived, and its last admitted one */
  first: number;
  lastOk: number;
  /** requests admitted in each steady window, from the first request's; shows which one fell short */
  windows: number[];
}

/** Which steady window, counted from the one `first` fell in, `time` falls in. */
function steadyWindow(first: number, time: number): number {
  const index = (t: number) => Math.floor((t - offsetMs) / 60_000);
  return index(time) - index(first);
}

const stats = new Map<string, AccountStats>();

function account(req: IncomingMessage): AccountStats {
  const key = req.headers.authorization ?? "";
  let entry = stats.get(key);
  if (!entry) {
    entry = { ok: 0, throttled: 0, first: Date.now(), lastOk: 0, windows: [] };
    stats.set(key, entry);
  }
  return entry;
}

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
  if (req.url === "/__stats") return json(res, 200, Object.fromEntries(stats));
  if (!limit) return route(req, res, {});
  const arrived = Date.now();
  const counted = account(req);
  const decision = quota.take(req.headers.authorization ?? "", limit, arrived);
  if (!decision.allowed) {
    counted.throttled++;
    return json(
      res,
      429,
      { errors: [{ status: "429", code: "throttled", title: "Request was throttled." }] },
      { "retry-after": String(decision.retryAfterSeconds) },
    );
  }
  counted.ok++;
  counted.lastOk = arrived;
  const window = steadyWindow(counted.first, arrived);
  counted.windows[window] = (counted.windows[window] ?? 0) + 1;
  route(req, res, decision.headers);
}

server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  if (address && typeof address === "object")
    console.log(`listening http://127.0.0.1:${address.port}`);
});
process.on("SIGTERM", () => process.exit(0));
