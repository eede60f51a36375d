import { createAuthorizer, type Authorization } from "../auth/authorizer.js";
import { validateCredentials } from "../auth/credentials.js";
import { KlaviyoConfigError, type KlaviyoError } from "../errors/klaviyo-error.js";
import {
  causeCode,
  KlaviyoConnectionError,
  KlaviyoInvalidResponseError,
  KlaviyoTimeoutError,
} from "../errors/transport-errors.js";
import { sleep } from "../internal/sleep.js";
import type { OperationIndex } from "../operation/meta.js";
import { RateLimiter } from "../rate-limit/limiter.js";
import { isRetryable, type AttemptOutcome } from "../retry/policy.js";
import { parseRetryAfter } from "../retry/retry-after.js";
import { nextRetryDelay, RETRY_DEFAULTS } from "../retry/schedule.js";
import { createAttemptDeadlines } from "./attempt-deadline.js";
import { validateBaseUrl } from "./base-url.js";
import { createEndpointLookup, type Endpoint } from "./endpoint.js";
import { JSON_API, redactHeaders, redactUrl } from "./headers.js";
import type { FetchLike, KlaviyoOptions, RequestHookEvent } from "./options.js";

export interface OutgoingRequest {
  endpoint: Endpoint;
  /** absolute URL, without credentials */
  url: string;
  headers?: Record<string, string> | undefined;
  /** JSON:API text; or form data, for the one multipart operation (image upload) */
  body?: string | FormData | undefined;
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
  idempotent?: boolean | undefined;
  /** parse a 2xx body inside the attempt, so a truncated body is retried like a dropped connection */
  parseJson?: boolean;
}

export interface ReceivedResponse {
  /** what fetch returned, its body already read into `text` */
  response: Response;
  text: string;
  /** the parsed body when `parseJson` was asked for and the answer is a non-empty 2xx */
  json?: unknown;
}

/** The pipeline every request of a client goes through, whichever layer it comes from. */
export interface Runtime {
  readonly revision: string;
  readonly baseUrl: string;
  send(request: OutgoingRequest): Promise<ReceivedResponse>;
  endpointFor(method: string, path: string): Endpoint;
}

interface Failure {
  outcome: AttemptOutcome;
  error: KlaviyoError;
}

interface AttemptResult {
  outcome: AttemptOutcome;
  authorization: Authorization;
  received?: ReceivedResponse;
  error?: KlaviyoError;
}

const RUNTIME = Symbol.for("@klaviyo-ts/core/runtime");
/** Errors with which the request never left this machine, so even a POST may be sent again. */
const NOT_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);
const USER_AGENT = "klaviyo-ts";

export function attachRuntime(client: object, runtime: Runtime): void {
  Object.defineProperty(client, RUNTIME, { value: runtime });
}

export function runtimeOf(client: object): Runtime {
  const runtime = (client as { [RUNTIME]?: Runtime })[RUNTIME];
  if (!runtime) {
    throw new KlaviyoConfigError("Not a Klaviyo client: create one with createKlaviyo().");
  }
  return runtime;
}

export function createRuntime(
  options: KlaviyoOptions,
  pinned: { revision: string; operations: OperationIndex },
): Runtime {
  validateCredentials(options);
  const baseUrl = validateBaseUrl(options.baseUrl);
  const authorizer = createAuthorizer(options);
  const fetchFn: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const defaultTimeoutMs = options.timeoutMs ?? 60_000;
  const retry = options.retry === false ? undefined : { ...RETRY_DEFAULTS, ...options.retry };
  const limiter =
    options.rateLimit === false
      ? undefined
      : // One cap on waiting: the retry policy's, so a long server pause fails fast rather than queueing.
        new RateLimiter({ maxWaitMs: (retry ?? RETRY_DEFAULTS).maxDelayMs, ...options.rateLimit });
  const hooks = options.hooks;
  const startDeadline = createAttemptDeadlines();
  const { revision } = pinned;
  const userAgent = options.userAgent ? `${options.userAgent} ${USER_AGENT}` : USER_AGENT;

  function requestHeaders(request: OutgoingRequest, authorization: Authorization) {
    const headers: Record<string, string> = { ...request.headers, revision, accept: JSON_API };
    // Client endpoints are called from browsers, where a user-agent header costs a CORS preflight.
    if (request.endpoint.auth === "private") headers["user-agent"] = userAgent;
    // fetch sets a form's multipart content type itself, boundary included.
    if (typeof request.body === "string") headers["content-type"] = JSON_API;
    if (authorization.header) headers.authorization = authorization.header;
    return headers;
  }

  /** One request and its body, or how it failed; hooks run outside, so their errors are not taken for the network's. */
  async function exchange(
    request: OutgoingRequest,
    url: string,
    headers: Record<string, string>,
  ): Promise<ReceivedResponse | Failure> {
    const { endpoint } = request;
    const timeoutMs = request.timeoutMs ?? defaultTimeoutMs;
    const deadline = startDeadline(request.signal, timeoutMs);
    try {
      const exchanged = fetchFn(url, {
        method: endpoint.method,
        headers,
        body: request.body ?? null,
        signal: deadline.signal ?? null,
      }).then(async (response): Promise<ReceivedResponse> => ({
        response,
        text: await response.text(),
      }));
      return await deadline.race(exchanged);
    } catch (error) {
      if (request.signal?.aborted) throw request.signal.reason;
      const context = { operationId: endpoint.id, method: endpoint.method, path: endpoint.path };
      if (deadline.timedOut()) {
        return { outcome: { kind: "timeout" }, error: new KlaviyoTimeoutError(context, timeoutMs) };
      }
      return {
        outcome: { kind: "network", sent: !NOT_SENT.has(causeCode(error)) },
        error: new KlaviyoConnectionError(context, error),
      };
    } finally {
      deadline.finish();
    }
  }

  async function attempt(request: OutgoingRequest, attemptNumber: number): Promise<AttemptResult> {
    const { endpoint } = request;
    request.signal?.throwIfAborted();
    const authorized = authorizer.authorize(endpoint.auth, endpoint.id ?? endpoint.path);
    const authorization = authorized instanceof Promise ? await authorized : authorized;
    const url = authorization.companyId
      ? withCompanyId(request.url, authorization.companyId)
      : request.url;
    const headers = requestHeaders(request, authorization);
    const event: RequestHookEvent | undefined = hooks && {
      operationId: endpoint.id,
      method: endpoint.method,
      url: redactUrl(url),
      headers: redactHeaders(headers),
      attempt: attemptNumber,
    };
    if (event) hooks?.onRequest?.(event);

    const started = Date.now();
    const received = await exchange(request, url, headers);
    if ("error" in received) return { ...received, authorization };
    const { response, text } = received;
    if (event) {
      hooks?.onResponse?.({
        ...event,
        status: response.status,
        responseHeaders: redactHeaders(response.headers),
        durationMs: Date.now() - started,
      });
    }
    if (isSuccess(response.status) && request.parseJson && text !== "") {
      try {
        received.json = JSON.parse(text);
      } catch (error) {
        // A cut-off body looks like a dropped connection to the retry policy: it may have been processed.
        return {
          outcome: { kind: "network", sent: true },
          authorization,
          error: new KlaviyoInvalidResponseError(
            {
              operationId: endpoint.id,
              method: endpoint.method,
              path: endpoint.path,
              status: response.status,
            },
            error,
          ),
        };
      }
    }
    return { outcome: { kind: "response", status: response.status }, authorization, received };
  }

  async function send(request: OutgoingRequest): Promise<ReceivedResponse> {
    const { endpoint, signal } = request;
    // Method and path, which both layers know, so a typed-fetch call and an operation function
    // calling the same endpoint share one quota.
    const key = `${endpoint.method} ${endpoint.path}`;
    const spent = { retries: 0, waitedMs: 0 };
    let refreshed = false;
    for (let attemptNumber = 1; ; attemptNumber++) {
      const release = limiter
        ? await limiter.acquire(key, endpoint.rateLimit, signal, endpoint)
        : undefined;
      let result: AttemptResult;
      try {
        result = await attempt(request, attemptNumber);
      } finally {
        release?.();
      }
      const { received } = result;
      let retryAfterMs: number | undefined;
      if (received) {
        const { status, headers } = received.response;
        if (status === 429 || status === 503) {
          retryAfterMs = parseRetryAfter(headers.get("retry-after"));
        }
        limiter?.observe(
          key,
          headers,
          status === 429 ? retryAfterMs : undefined,
          endpoint.rateLimit,
        );
        if (isSuccess(status)) return received;
        // One retry with a fresh token after a 401; it is not a failure of the request itself.
        if (status === 401 && !refreshed) {
          refreshed = true;
          if (await authorizer.refreshAfter401(result.authorization)) continue;
        }
      }
      const delayMs =
        retry && isRetryable(endpoint.method, result.outcome, request.idempotent)
          ? nextRetryDelay(retry, spent, retryAfterMs)
          : undefined;
      if (delayMs === undefined) {
        if (received) return received;
        throw result.error;
      }
      hooks?.onRetry?.({
        operationId: endpoint.id,
        method: endpoint.method,
        url: redactUrl(request.url),
        headers: redactHeaders(request.headers ?? {}),
        attempt: attemptNumber,
        delayMs,
        reason: received ? String(received.response.status) : result.error!.name,
      });
      await sleep(delayMs, signal);
      spent.waitedMs += delayMs;
      spent.retries++;
    }
  }

  return { revision, baseUrl, send, endpointFor: createEndpointLookup(pinned.operations) };
}

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

function withCompanyId(url: string, companyId: string): string {
  if (!url.includes("company_id=")) {
    return `${url}${url.includes("?") ? "&" : "?"}company_id=${encodeURIComponent(companyId)}`;
  }
  const parsed = new URL(url);
  parsed.searchParams.set("company_id", companyId);
  return parsed.href;
}
