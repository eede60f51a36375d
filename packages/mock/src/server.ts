import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { FaultPlan, type FaultOptions } from "./faults.js";
import type { StateOptions } from "./handlers/context.js";
import { answerPreflight, setCorsHeaders } from "./http/cors.js";
import { resetConnection, send } from "./http/send.js";
import { hashSeed } from "./random.js";
import type { RateLimitOptions } from "./rate-limit.js";
import { parseLoggedBody, recordRequest, type RequestRecord } from "./request-log.js";
import { Responder } from "./responder.js";
import { Catalog } from "./spec/catalog.js";
import { resolveSpecFile } from "./spec/resolve.js";
import type { Operation } from "./spec/operations.js";
import { Store } from "./state/store.js";

export interface MockOptions {
  /** The Klaviyo revision to serve, e.g. "2026-04-15". */
  revision: string;
  /** Makes generated data, ids and random faults reproducible (default 1). */
  seed?: number | string;
  /** Default 0: a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /**
   * Folder with <revision>/stable.json. Default: KLAVIYO_SPEC_DIR, else the nearest spec/ with
   * revisions.json, else the revision's pinned stable.json downloaded once into a cache.
   */
  specDir?: string;
  /** false turns rate limiting off; an object overrides limits per operation. Default: the spec's limits. */
  rateLimits?: boolean | RateLimitOptions;
  faults?: FaultOptions;
  state?: StateOptions;
  /** Clock for rate-limit windows and timestamps (tests pass a fake one). */
  now?: () => number;
  /** The request log keeps this many most recent entries (default 10,000). */
  maxLoggedRequests?: number;
}

export interface MockServer {
  /** Base URL, e.g. http://127.0.0.1:40123 (no trailing slash). */
  readonly url: string;
  readonly port: number;
  readonly revision: string;
  /** Requests in arrival order, secrets redacted. */
  readonly requests: readonly RequestRecord[];
  readonly operations: readonly Operation[];
  /** The in-memory state, for assertions and fixtures. */
  readonly store: Store;
  /** Time from startMock() to listening, in ms. */
  readonly startupMs: number;
  /** Replaces the fault plan (undefined: no faults); a scripted sequence starts over. */
  setFaults(faults?: FaultOptions): void;
  clearRequests(): void;
  close(): Promise<void>;
}

function seedNumber(seed: number | string | undefined): number {
  if (seed === undefined) return 1;
  return typeof seed === "number" ? seed >>> 0 : hashSeed(seed);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** Starts a local Klaviyo for one revision on loopback. */
export async function startMock(options: MockOptions): Promise<MockServer> {
  const started = performance.now();
  const { revision } = options;
  const catalog = Catalog.fromFile(await resolveSpecFile(revision, { specDir: options.specDir }));
  const seed = seedNumber(options.seed);
  const now = options.now ?? Date.now;
  const store = new Store(seed, now);
  const responder = new Responder({
    revision,
    catalog,
    store,
    seed,
    now,
    state: {
      profiles: options.state?.profiles ?? 250,
      collectionSize: options.state?.collectionSize ?? 25,
      jobPolls: options.state?.jobPolls ?? 2,
    },
    rateLimits:
      typeof options.rateLimits === "object"
        ? options.rateLimits
        : { enabled: options.rateLimits !== false },
  });
  const requests: RequestRecord[] = [];
  const maxLogged = options.maxLoggedRequests ?? 10_000;
  let faults = new FaultPlan(options.faults ?? {}, seed);
  let seq = 0;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setCorsHeaders(req, res);
    if (req.method === "OPTIONS") return answerPreflight(req, res);
    const method = req.method ?? "GET";
    const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "127.0.0.1"}`);
    const record = recordRequest(seq++, new Date(now()).toISOString(), method, url, req.headers);
    requests.push(record);
    if (requests.length > maxLogged) requests.shift();
    const match = catalog.router.match(method, url.pathname);
    if (match.kind !== "found") {
      record.body = parseLoggedBody(await readBody(req));
      const response =
        match.kind === "not-found"
          ? responder.fail({
              status: 404,
              code: "not_found",
              detail: `The path ${url.pathname} could not be found.`,
            })
          : {
              ...responder.fail({
                status: 405,
                code: "method_not_allowed",
                title: `Method "${method}" not allowed.`,
                detail: `Allowed: ${match.allowed.join(", ")}.`,
              }),
              headers: { Allow: match.allowed.join(", ") },
            };
      record.status = response.status;
      return send(res, response);
    }
    const { operation, pathParams } = match;
    record.operationId = operation.id;
    const fault = faults.next(operation.id);
    if (fault) record.fault = fault.kind;
    if (fault?.kind === "reset-before-body") return resetConnection(req.socket);
    const body = await readBody(req);
    record.body = parseLoggedBody(body);
    if (fault?.kind === "reset-after-body") return resetConnection(req.socket);
    if (fault?.kind === "latency") await new Promise((r) => setTimeout(r, fault.latencyMs ?? 0));
    const response =
      (fault && responder.faultAnswer(fault)) ??
      responder.answer({ operation, pathParams, url, headers: req.headers, body });
    record.status = fault?.status ?? response.status;
    send(res, response, fault);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return res.destroy();
      const detail = error instanceof Error ? error.message : String(error);
      send(res, responder.fail({ status: 500, code: "error", detail: `Mock failure: ${detail}` }));
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
    revision,
    requests,
    operations: catalog.operations,
    store,
    startupMs,
    setFaults(next) {
      faults = new FaultPlan(next ?? {}, seed);
    },
    clearRequests() {
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
