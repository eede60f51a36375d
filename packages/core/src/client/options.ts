import type { RateLimitStore } from "../rate-limit/store.js";

export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface RetryOptions {
  /** retries after the first attempt; default 4 */
  maxRetries?: number;
  /** first backoff ceiling; default 500 ms, doubling each attempt */
  baseDelayMs?: number;
  /** cap on any single wait, Retry-After included; default 60 s */
  maxDelayMs?: number;
  /** cap on the time spent waiting across all retries of one call; default 120 s */
  budgetMs?: number;
}

export interface RateLimitOptions {
  /** where the windows are counted; default in memory (one process) */
  store?: RateLimitStore;
  /** requests in flight at once across the client; default 32 */
  maxConcurrency?: number;
  /**
   * widens every window, absorbing the jitter between our clock when a request is admitted and the
   * server's when it counts it, so the server never sees one request too many; default 100 ms
   */
  marginMs?: number;
}

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

export interface Hooks {
  onRequest?: (event: RequestHookEvent) => void;
  onResponse?: (event: ResponseHookEvent) => void;
  /** a retry is about to wait `delayMs`; `reason` is the status or error name */
  onRetry?: (event: RequestHookEvent & { delayMs: number; reason: string }) => void;
}

export interface KlaviyoOptions {
  /** private API key, "pk_..." */
  apiKey?: string;
  /** OAuth access token */
  accessToken?: string;
  /** returns a fresh OAuth access token; called once for any number of concurrent requests */
  refreshAccessToken?: () => Promise<string>;
  /** public API key (site id, 6 alphanumeric characters) for /client/* endpoints */
  publicKey?: string;
  /** default https://a.klaviyo.com; must be https except on loopback */
  baseUrl?: string;
  fetch?: FetchLike;
  /** per attempt; default 60 s; 0 turns it off */
  timeoutMs?: number;
  retry?: RetryOptions | false;
  rateLimit?: RateLimitOptions | false;
  hooks?: Hooks;
  /** prepended to the runtime's own user agent */
  userAgent?: string;
}

/** Per-call options of operation functions. */
export interface CallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** the caller guarantees that repeating this POST is harmless, so it is retried like a GET */
  idempotent?: boolean;
}
