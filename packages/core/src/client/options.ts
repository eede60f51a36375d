import type { RefreshingAccessToken } from "../auth/token-source.js";
import type { RateLimitStore } from "../rate-limit/store.js";
import type { RequestHooks } from "./request-hooks.js";

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

export interface KlaviyoOptions {
  /** private API key, "pk_..." */
  apiKey?: string;
  /** OAuth access token: a string, or `refreshingAccessToken({ refresh })` for one refreshed after a 401 */
  accessToken?: string | RefreshingAccessToken;
  /** public API key (site id, 6 alphanumeric characters) for /client/* endpoints */
  publicKey?: string;
  /** default https://a.klaviyo.com; must be https except on loopback */
  baseUrl?: string;
  fetch?: FetchLike;
  /** per attempt; default 60 s; 0 turns it off */
  timeoutMs?: number;
  retry?: RetryOptions | false;
  rateLimit?: RateLimitOptions | false;
  /** made by `requestHooks({ onRequest, onResponse, onRetry })` */
  hooks?: RequestHooks;
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
