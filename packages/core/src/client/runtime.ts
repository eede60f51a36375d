import { createAuthorizer } from "../auth/authorizer.js";
import { validateCredentials } from "../auth/credentials.js";
import { SecretRedactor } from "../auth/secret-redactor.js";
import { KlaviyoConfigError, type KlaviyoError } from "../errors/klaviyo-error.js";
import { contextOf, KlaviyoInvalidRequestError } from "../errors/request-error.js";
import {
  causeCode,
  KlaviyoConnectionError,
  KlaviyoInvalidResponseError,
  KlaviyoTimeoutError,
} from "../errors/transport-errors.js";
import { sleep } from "../internal/sleep.js";
import { RateLimiter } from "../rate-limit/limiter.js";
import { isRetryable } from "../retry/policy.js";
import { parseRetryAfter } from "../retry/retry-after.js";
import { nextRetryDelay, RETRY_DEFAULTS, type RetriesSoFar } from "../retry/schedule.js";
import { startAttemptDeadline } from "./attempt-deadline.js";
import { baseUrlHint, validateBaseUrl } from "./base-url.js";
import type { Endpoint } from "./endpoint.js";
import { follow } from "./follow-signal.js";
import { requestHeadersOf } from "./headers.js";
import type { FetchLike, KlaviyoOptions } from "./options.js";
import { HOOKS, type AttemptObserver } from "./request-hooks.js";

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
  /**
   * leave a 2xx body unparsed (typed fetch's `parseAs` other than json); otherwise it is parsed
   * inside the attempt, so a truncated body is retried like a dropped connection
   */
  unparsed?: boolean;
}

export interface ReceivedResponse {
  /** what fetch returned, its body already read into `text` */
  response: Response;
  /** the body; for a non-2xx answer, with every credential the client holds redacted */
  text: string;
  /** the parsed body of a non-empty 2xx answer, unless `unparsed` was asked for */
  json?: unknown;
  /** a non-2xx answer's body read leniently: its JSON, or its text when it is not JSON; undefined when empty */
  errorBody?: unknown;
  /** what a 429's or 503's Retry-After asks for */
  retryAfterMs?: number | undefined;
}

/** The pipeline every request of a client goes through, whichever layer it comes from. */
export interface Runtime {
  readonly baseUrl: string;
  /** added to a 404's message when the baseUrl is the likely cause */
  readonly notFoundHint: string | undefined;
  send(request: OutgoingRequest): Promise<ReceivedResponse>;
}

/** One attempt, as the loop follows it. */
interface AttemptState {
  /** settles when the attempt's socket is released: its concurrency slot is held until then */
  settled?: Promise<unknown>;
  /**
   * set the moment the exchange settles: a slot whose socket is already free is released at once,
   * before the response is observed, so the limiter does not count it as still in flight
   */
  done?: boolean;
  /** the refreshing OAuth token the attempt sent, which a 401 makes stale */
  token?: string | undefined;
  /** the hooks following the attempt, to be told of a retry after it */
  observer?: AttemptObserver | undefined;
}

/** An answer; or the error of an attempt that got none, and whether its request went out. */
type AttemptResult =
  | { received: ReceivedResponse; error?: undefined }
  | { received?: undefined; error: KlaviyoError; sent: boolean };

const RUNTIME = Symbol.for("@klaviyo-ts/core/runtime");
/** Errors with which the request never left this machine, so even a POST may be sent again. */
const NOT_SENT = /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN)$/;

/** Makes `client` a Klaviyo client: its revision, and the runtime that `runtimeOf` finds. */
export function attachRuntime(client: object, runtime: Runtime, revision: string): void {
  Object.defineProperties(client, {
    revision: { value: revision, enumerable: true },
    [RUNTIME]: { value: runtime },
  });
}

export function runtimeOf(client: object): Runtime {
  const runtime = (client as { [RUNTIME]?: Runtime })[RUNTIME];
  if (!runtime) {
    throw new KlaviyoConfigError("Not a Klaviyo client: create one with createKlaviyo().");
  }
  return runtime;
}

/** The runtime of a client pinned to `revision`. */
export function createRuntime(options: KlaviyoOptions, revision: string): Runtime {
  validateCredentials(options);
  const baseUrl = validateBaseUrl(options.baseUrl);
  const secrets = new SecretRedactor();
  const redact = (text: string) => secrets.redact(text);
  const authorize = createAuthorizer(options, secrets);
  const fetchFn: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const defaultTimeoutMs = options.timeoutMs ?? 60_000;
  const retry = options.retry === false ? undefined : { ...RETRY_DEFAULTS, ...options.retry };
  const limiter =
    options.rateLimit === false
      ? undefined
      : // One cap on waiting: the retry policy's, so a long server pause fails fast rather than queueing.
        new RateLimiter({ maxWaitMs: (retry ?? RETRY_DEFAULTS).maxDelayMs, ...options.rateLimit });
  const observe = options.hooks?.[HOOKS]?.(redact);
  if (options.hooks && !observe) {
    throw new KlaviyoConfigError("hooks are made by requestHooks()");
  }
  const headersFor = requestHeadersOf(revision, options.userAgent);

  async function attempt(
    request: OutgoingRequest,
    signal: AbortSignal | undefined,
    attemptNumber: number,
    state: AttemptState,
    /** the token a 401 answered, to be replaced before this attempt */
    stale: string | undefined,
  ): Promise<AttemptResult> {
    const { endpoint } = request;
    signal?.throwIfAborted();
    const timeoutMs = request.timeoutMs ?? defaultTimeoutMs;
    const deadline = startAttemptDeadline(signal, timeoutMs);
    try {
      const { url, header, tokens } = authorize(endpoint, request.url);
      const token = (state.token = await tokens?.token(
        stale,
        deadline,
        timeoutMs,
        request,
        secrets,
      ));
      secrets.add(token);
      const headers = headersFor(
        request.headers,
        endpoint,
        typeof request.body === "string",
        token ? `Bearer ${token}` : header,
      );
      const observer = (state.observer = observe?.(endpoint, url, headers, attemptNumber));

      // Async, so that a fetch that throws rather than rejects fails the attempt the same way.
      const exchanged = (async (): Promise<ReceivedResponse> => {
        const response = await fetchFn(url, {
          method: endpoint.method,
          headers,
          body: request.body ?? null,
          signal: deadline.signal,
        });
        return { response, text: await response.text() };
      })();
      const settle = () => {
        state.done = true;
      };
      state.settled = exchanged.then(settle, settle);
      let received: ReceivedResponse;
      try {
        received = await deadline.race(exchanged);
      } catch (error) {
        request.signal?.throwIfAborted();
        const context = contextOf(endpoint);
        if (deadline.timedOut()) {
          return { error: new KlaviyoTimeoutError(context, timeoutMs), sent: true };
        }
        // fetch refused to build the request (undici's TypeError carries no network cause): sending
        // it again cannot help, and it is the caller's to fix.
        // undici's network failures are TypeError("fetch failed") with the system error as cause;
        // browsers leave the cause off ("Failed to fetch", "NetworkError when attempting to
        // fetch", "Load failed").
        if (
          error instanceof TypeError &&
          error.cause === undefined &&
          !/fetch|load failed/i.test(error.message)
        ) {
          throw new KlaviyoInvalidRequestError(context, "fetch refused the request", {
            cause: secrets.redactError(error),
          });
        }
        return {
          error: new KlaviyoConnectionError(context, new URL(url).host, secrets.redactError(error)),
          sent: !NOT_SENT.test(causeCode(error)),
        };
      }
      const { response, text } = received;
      observer?.response(response);
      if (!response.ok) {
        received.text = redact(text);
        received.errorBody = text === "" ? undefined : secrets.redactParsed(parseLeniently(text));
      } else if (!request.unparsed && text !== "") {
        try {
          received.json = JSON.parse(text);
        } catch (error) {
          // A cut-off body looks like a dropped connection to the retry policy: it may have been processed.
          return {
            error: new KlaviyoInvalidResponseError(
              contextOf(endpoint),
              response.status,
              "response body is not valid JSON",
              secrets.redactError(error),
            ),
            sent: true,
          };
        }
      }
      return { received };
    } finally {
      deadline.finish();
    }
  }

  async function send(request: OutgoingRequest): Promise<ReceivedResponse> {
    const { endpoint } = request;
    // Everything below listens to this follower, never to the caller's signal itself.
    const follower = request.signal && new AbortController();
    const unfollow = follower && follow(request.signal!, follower);
    const signal = follower?.signal;
    // Method and path, which both layers know, so a typed-fetch call and an operation function
    // calling the same endpoint share one quota.
    const key = `${endpoint.method} ${endpoint.path}`;
    const soFar: RetriesSoFar = { retries: 0, waitedMs: 0 };
    let refreshed = false;
    let stale: string | undefined;
    try {
      for (let attemptNumber = 1; ; attemptNumber++) {
        const release = limiter
          ? await limiter.acquire(key, endpoint.rateLimit, signal, endpoint)
          : undefined;
        const state: AttemptState = {};
        let result: AttemptResult;
        try {
          result = await attempt(request, signal, attemptNumber, state, stale);
          stale = undefined;
        } finally {
          if (release) {
            if (state.settled && !state.done) void state.settled.then(release);
            else release();
          }
        }
        const { received } = result;
        let retryAfterMs: number | undefined;
        if (received) {
          const { status, headers, ok } = received.response;
          if (status === 429 || status === 503) {
            retryAfterMs = received.retryAfterMs = parseRetryAfter(headers.get("retry-after"));
          }
          limiter?.observe(
            key,
            headers,
            status === 429 ? retryAfterMs : undefined,
            endpoint.rateLimit,
            release,
          );
          if (ok) return received;
          // One retry with a fresh token after a 401; it is not a failure of the request itself.
          if (status === 401 && !refreshed && state.token) {
            refreshed = true;
            stale = state.token;
            continue;
          }
        }
        // An answer's outcome is its status, which the response carries.
        const outcome = received ? received.response : result;
        const delayMs =
          retry && isRetryable(endpoint.method, outcome, request.idempotent)
            ? nextRetryDelay(retry, soFar, retryAfterMs)
            : undefined;
        if (delayMs === undefined) {
          if (received) return received;
          throw result.error;
        }
        state.observer?.retry(
          delayMs,
          received ? String(received.response.status) : result.error.name,
        );
        await sleep(delayMs, signal);
        soFar.waitedMs += delayMs;
        soFar.retries++;
      }
    } finally {
      unfollow?.();
    }
  }

  return {
    baseUrl,
    notFoundHint: baseUrlHint(baseUrl),
    send,
  };
}

function parseLeniently(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
