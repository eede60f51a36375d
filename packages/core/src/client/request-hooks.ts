import { REDACTED } from "../auth/secret-redactor.js";
import type { Endpoint } from "./endpoint.js";

/** Headers as hooks see them: credentials replaced by "[redacted]". */
export type RedactedHeaders = Readonly<Record<string, string>>;

export interface RequestHookEvent {
  operationId: string | undefined;
  method: string;
  /** URL without credentials (the public key query parameter is redacted too) */
  url: string;
  headers: RedactedHeaders;
  attempt: number;
}

export interface ResponseHookEvent extends RequestHookEvent {
  status: number;
  responseHeaders: RedactedHeaders;
  durationMs: number;
}

export interface RetryHookEvent extends RequestHookEvent {
  delayMs: number;
  /** the status or the error name */
  reason: string;
}

export interface RequestHookCallbacks {
  onRequest?: (event: RequestHookEvent) => void;
  onResponse?: (event: ResponseHookEvent) => void;
  /** a retry is about to wait `delayMs` */
  onRetry?: (event: RetryHookEvent) => void;
}

/** Follows one attempt for the hooks. */
export interface AttemptObserver {
  response(response: Response): void;
  retry(delayMs: number, reason: string): void;
}

/**
 * Hooks bound to one client's redaction of its credentials, shown one attempt as the runtime sends
 * it (credentials included: the hooks redact it before calling back).
 */
export type HookObserver = (
  endpoint: Endpoint,
  url: string,
  headers: Record<string, string>,
  attempt: number,
) => AttemptObserver;

/**
 * The key under which hooks carry their observer; registered, so that hooks made by another copy
 * of core are recognised.
 */
export const HOOKS = /* @__PURE__ */ Symbol.for("@klaviyo-ts/core/hooks");

/** Request hooks for `createKlaviyo({ hooks })`; made by `requestHooks`. */
export interface RequestHooks {
  readonly [HOOKS]: (redact: (text: string) => string) => HookObserver;
}

/**
 * Hooks that observe every attempt of a client's requests. What they are shown is redacted here:
 * the Authorization header, cookies, the public key in the URL, and any credential the server
 * echoes; so the redaction, like the hooks, is only bundled by programs that use them.
 * `createKlaviyo({ apiKey, hooks: requestHooks({ onResponse: (e) => log(e.status, e.url) }) })`
 */
export function requestHooks(callbacks: RequestHookCallbacks): RequestHooks {
  return {
    [HOOKS]: (redact) => (endpoint, url, headers, attempt) => {
      const event: RequestHookEvent = {
        operationId: endpoint.id,
        method: endpoint.method,
        url: redactUrl(redact(url)),
        headers: redactHeaders(headers, redact),
        attempt,
      };
      callbacks.onRequest?.(event);
      const started = Date.now();
      return {
        response(response) {
          callbacks.onResponse?.({
            ...event,
            status: response.status,
            responseHeaders: redactHeaders(response.headers, redact),
            durationMs: Date.now() - started,
          });
        },
        retry: (delayMs, reason) => callbacks.onRetry?.({ ...event, delayMs, reason }),
      };
    },
  };
}

/** The headers a hook may see: credentials replaced, everything else as sent (less any secret echoed into a value). */
function redactHeaders(
  headers: Record<string, string> | Headers,
  redact: (text: string) => string,
): Record<string, string> {
  const redacted: Record<string, string> = {};
  const entries = headers instanceof Headers ? headers.entries() : Object.entries(headers);
  for (const [name, value] of entries) {
    // Names too: a server may echo the key as a header name, which fetch hands over lower-cased.
    redacted[redact(name)] = isSecretHeader(name) ? REDACTED : redact(value);
  }
  return redacted;
}

function isSecretHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === "authorization" || lower === "cookie" || lower === "set-cookie";
}

/** The URL a hook may see: the public key replaced. */
function redactUrl(url: string): string {
  return url.replace(/([?&]company_id=)[^&#]*/, `$1${REDACTED}`);
}
