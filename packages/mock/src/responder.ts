import type { Fault } from "./faults.js";
import type { HandlerContext, StateOptions } from "./handlers/context.js";
import { catalogJobHandler } from "./handlers/catalog-jobs.js";
import { genericAnswer } from "./handlers/generic.js";
import { advanceSubscriptionJobs } from "./handlers/profile-jobs.js";
import { handlers } from "./handlers/registry.js";
import { resourceHandler } from "./handlers/resources.js";
import { errorResponse, MockApiError, type ErrorSpec, type MockResponse } from "./http/response.js";
import { shapeDocument } from "./http/shape.js";
import { createRandom, hashSeed } from "./random.js";
import { RateLimiter, type RateLimitOptions } from "./rate-limit.js";
import { authenticate, checkRevision } from "./request/auth.js";
import { parseBody } from "./request/body.js";
import { checkPathParams } from "./request/path.js";
import { parseQuery } from "./request/query.js";
import { generateValue } from "./schema/generate.js";
import { loadValidator } from "./schema/validate.js";
import type { Catalog } from "./spec/catalog.js";
import type { Operation } from "./spec/operations.js";
import type { PreparedOperation } from "./spec/prepare.js";
import type { Store } from "./state/store.js";

export interface ResponderOptions {
  revision: string;
  catalog: Catalog;
  store: Store;
  seed: number;
  state: Required<StateOptions>;
  rateLimits: RateLimitOptions;
  now: () => number;
}

export interface RoutedRequest {
  operation: Operation;
  pathParams: Record<string, string>;
  url: URL;
  headers: Headers;
  body: string;
}

/**
 * Klaviyo's request pipeline, in its order: authentication, revision, rate limit, parameter and
 * body validation, then the stateful handler or the schema-driven answer.
 */
export class Responder {
  readonly #limiter: RateLimiter;
  #errorCount = 0;

  constructor(private readonly options: ResponderOptions) {
    this.#limiter = new RateLimiter(options.rateLimits, options.now);
  }

  async answer(request: RoutedRequest): Promise<MockResponse> {
    const { operation, url, headers } = request;
    const credential = authenticate(
      operation,
      headers.get("authorization") ?? undefined,
      url.searchParams.get("company_id"),
    );
    if ("status" in credential) return this.fail(credential);
    const revisionProblem = checkRevision(
      this.options.revision,
      headers.get("revision") ?? undefined,
    );
    if (revisionProblem) return this.fail(revisionProblem);
    let rateHeaders: Record<string, string> = {};
    if (this.options.rateLimits.enabled !== false) {
      const decision = this.#limiter.take(credential.identity, operation);
      if (!decision.allowed) return this.throttled(decision.retryAfterSeconds);
      rateHeaders = decision.headers;
    }
    // Only a query string, a body or a constrained path parameter needs the validator; ajv loads
    // on the first request that does.
    const { constrainedPath } = this.options.catalog.prepared(operation);
    if (url.search !== "" || request.body !== "" || constrainedPath.length > 0) {
      await loadValidator();
    }
    try {
      const response = this.#handle(request);
      return { ...response, headers: { ...rateHeaders, ...response.headers } };
    } catch (error) {
      if (error instanceof MockApiError) return { ...this.fail(error.spec), headers: rateHeaders };
      throw error;
    }
  }

  /** The answer an injected 429 or 5xx fault gives; undefined for faults that mangle transport. */
  faultAnswer(fault: Fault): MockResponse | undefined {
    if (fault.kind === "429") return this.throttled(fault.retryAfterSeconds ?? 1);
    if (/^5\d\d$/.test(fault.kind)) {
      return this.fail({
        status: Number(fault.kind),
        code: "error",
        detail: "An injected server error occurred.",
      });
    }
    return undefined;
  }

  fail(spec: ErrorSpec): MockResponse {
    return errorResponse(() => this.#errorId(), spec);
  }

  throttled(retryAfterSeconds: number): MockResponse {
    const unit = retryAfterSeconds === 1 ? "second" : "seconds";
    return this.fail({
      status: 429,
      code: "throttled",
      detail: `Request was throttled. Expected available in ${retryAfterSeconds} ${unit}.`,
      headers: { "Retry-After": String(retryAfterSeconds) },
    });
  }

  #handle({ operation, pathParams, url, headers, body: raw }: RoutedRequest): MockResponse {
    const { catalog, store, state, seed } = this.options;
    const prepared = catalog.prepared(operation);
    checkPathParams(pathParams, prepared, catalog.resolve);
    const query = parseQuery(url.searchParams, prepared, catalog.resolve);
    checkHeaders(prepared, headers);
    const body = parseBody(raw, prepared, catalog.resolve);
    const ctx: HandlerContext = {
      operation,
      prepared,
      pathParams,
      query,
      body,
      store,
      state,
      seed,
      resolve: catalog.resolve,
      catalog,
      url,
      generate: (schema, ...key) =>
        generateValue(schema, {
          random: createRandom(hashSeed(seed, ...key)),
          resolve: catalog.resolve,
        }),
    };
    advanceSubscriptionJobs(ctx);
    const response =
      handlers[operation.id]?.(ctx) ??
      resourceHandler(ctx) ??
      catalogJobHandler(ctx) ??
      genericAnswer(ctx);
    shapeDocument(response.body, query, prepared, catalog.resolve);
    return response;
  }

  /** UUID-shaped and derived from the seed, so error bodies are reproducible too. */
  #errorId(): string {
    const hex = createRandom(hashSeed(this.options.seed, "error", this.#errorCount++)).hex(32);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
  }
}

function checkHeaders(prepared: PreparedOperation, headers: Headers): void {
  for (const header of prepared.headers) {
    if (header.required && !headers.has(header.name)) {
      throw new MockApiError({
        status: 400,
        code: "invalid",
        detail: `The '${header.name}' header is required.`,
        source: { parameter: header.name },
      });
    }
  }
}
