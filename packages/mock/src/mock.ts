import { FaultPlan, type Fault, type FaultOptions } from "./faults.js";
import type { StateOptions } from "./handlers/context.js";
import type { MockResponse } from "./http/response.js";
import { hashSeed } from "./random.js";
import type { RateLimitOptions } from "./rate-limit.js";
import { parseLoggedBody, recordRequest, type RequestRecord } from "./request-log.js";
import { Responder } from "./responder.js";
import { Catalog } from "./spec/catalog.js";
import type { Operation } from "./spec/operations.js";
import { Store } from "./state/store.js";
import { toResponse } from "./http/to-response.js";

export interface MockOptions {
  /** The Klaviyo revision to serve, e.g. "2026-04-15". */
  revision: string;
  /** Makes generated data, ids and random faults reproducible (default 1). */
  seed?: number | string;
  /**
   * Folder with <revision>/stable.json. Default: KLAVIYO_SPEC_DIR, else the nearest spec/ with
   * revisions.json, else the revision's pinned stable.json downloaded once into a cache.
   */
  specDir?: string;
  /**
   * The revision's parsed stable.json, instead of reading it from disk: what a browser (MSW's
   * setupWorker) passes, as it has no file system.
   */
  spec?: object;
  /** false turns rate limiting off; an object overrides limits per operation. Default: the spec's limits. */
  rateLimits?: boolean | RateLimitOptions;
  faults?: FaultOptions;
  state?: StateOptions;
  /** Clock for rate-limit windows and timestamps (tests pass a fake one). */
  now?: () => number;
  /** The request log keeps this many most recent entries (default 10,000). */
  maxLoggedRequests?: number;
}

/**
 * A transport fault: the connection dies before an answer. The loopback server resets the socket;
 * the port-less fetch rejects with this error, shaped like undici's `TypeError: fetch failed` with
 * an ECONNRESET cause, which is what a client sees from a reset socket.
 */
export class MockConnectionReset extends TypeError {
  constructor(readonly fault: "reset-before-body" | "reset-after-body" | "truncated") {
    super("fetch failed", {
      cause: Object.assign(new Error(`read ECONNRESET (mock fault: ${fault})`), {
        code: "ECONNRESET",
      }),
    });
  }
}

/** The mock without a transport: one request handler that the three doors share. */
export interface KlaviyoMock {
  readonly revision: string;
  /** Requests in arrival order, secrets redacted. */
  readonly requests: readonly RequestRecord[];
  readonly operations: readonly Operation[];
  /** The in-memory state, for assertions and fixtures. */
  readonly store: Store;
  /** Time from creation until ready to answer, in ms. */
  readonly startupMs: number;
  /**
   * Answers one request as Klaviyo would. Rejects with MockConnectionReset for the reset faults;
   * a truncated fault answers a body stream that fails halfway with the same error.
   */
  handle(request: Request): Promise<Response>;
  /** Replaces the fault plan (undefined: no faults); a scripted sequence starts over. */
  setFaults(faults?: FaultOptions): void;
  clearRequests(): void;
}

function seedNumber(seed: number | string | undefined): number {
  if (seed === undefined) return 1;
  return typeof seed === "number" ? seed >>> 0 : hashSeed(seed);
}

async function loadCatalog(options: MockOptions): Promise<Catalog> {
  if (options.spec) return new Catalog(options.spec);
  // Imported on demand so that a browser bundle given `spec` never meets node:fs.
  const { readSpecFile } = await import("./spec/read-file.js");
  return new Catalog(await readSpecFile(options.revision, options.specDir));
}

/** Loads the revision's spec and returns the request handler behind every door. */
export async function createMock(options: MockOptions): Promise<KlaviyoMock> {
  const started = performance.now();
  const { revision } = options;
  const catalog = await loadCatalog(options);
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

  async function answer(request: Request, record: RequestRecord): Promise<Response> {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const match = catalog.router.match(method, url.pathname);
    if (match.kind !== "found") {
      record.body = parseLoggedBody(await request.text());
      const response: MockResponse =
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
      return toResponse(response);
    }
    const { operation, pathParams } = match;
    record.operationId = operation.id;
    const fault: Fault | undefined = faults.next(operation.id);
    if (fault) record.fault = fault.kind;
    if (fault?.kind === "reset-before-body") throw new MockConnectionReset(fault.kind);
    const body = await request.text();
    record.body = parseLoggedBody(body);
    if (fault?.kind === "reset-after-body") throw new MockConnectionReset(fault.kind);
    if (fault?.kind === "latency") await new Promise((r) => setTimeout(r, fault.latencyMs ?? 0));
    const response =
      (fault && responder.faultAnswer(fault)) ??
      (await responder.answer({ operation, pathParams, url, headers: request.headers, body }));
    record.status = fault?.status ?? response.status;
    return toResponse(response, fault, () => new MockConnectionReset("truncated"));
  }

  return {
    revision,
    requests,
    operations: catalog.operations,
    store,
    startupMs: performance.now() - started,
    async handle(request) {
      const record = recordRequest(
        seq++,
        new Date(now()).toISOString(),
        request.method.toUpperCase(),
        new URL(request.url),
        request.headers,
      );
      requests.push(record);
      if (requests.length > maxLogged) requests.shift();
      try {
        return await answer(request, record);
      } catch (error) {
        if (error instanceof MockConnectionReset) throw error;
        const detail = error instanceof Error ? error.message : String(error);
        record.status = 500;
        return toResponse(
          responder.fail({ status: 500, code: "error", detail: `Mock failure: ${detail}` }),
        );
      }
    },
    setFaults(next) {
      faults = new FaultPlan(next ?? {}, seed);
    },
    clearRequests() {
      requests.length = 0;
    },
  };
}
