import { KlaviyoRequestError, type RequestContext } from "./request-error.js";

/** One entry of a JSON:API `errors[]` array as Klaviyo sends it. */
export interface JsonApiError {
  id?: string;
  status?: number | string;
  code?: string;
  title?: string;
  detail?: string;
  source?: { pointer?: string; parameter?: string };
  meta?: Record<string, unknown>;
}

/** What identifies the request an API error answers. */
export interface ApiErrorContext extends RequestContext {
  status: number;
  errors: readonly JsonApiError[];
  retryAfterMs?: number | undefined;
  scopes?: readonly string[] | undefined;
  /** appended to the message: what the client can tell about a likely cause (a misconfigured baseUrl) */
  hint?: string | undefined;
}

/** A non-2xx answer from Klaviyo, after retries. */
export class KlaviyoApiError extends KlaviyoRequestError {
  static override readonly brand: string = "KlaviyoApiError";
  readonly status: number;
  readonly errors: readonly JsonApiError[];

  constructor(context: ApiErrorContext, extra = "") {
    super(context, describe(context) + extra + (context.hint ? ` (${context.hint})` : ""));
    this.status = context.status;
    this.errors = context.errors;
  }
}

function describe(context: ApiErrorContext): string {
  const operation = context.operationId ? ` (${context.operationId})` : "";
  const first = context.errors[0];
  const detail = first ? `: ${first.detail ?? first.title ?? first.code ?? ""}` : "";
  return `${context.method} ${context.path}${operation} failed with ${context.status}${detail}`;
}

export class KlaviyoBadRequestError extends KlaviyoApiError {
  static override readonly brand: string = "KlaviyoBadRequestError";
}

export class KlaviyoAuthenticationError extends KlaviyoApiError {
  static override readonly brand: string = "KlaviyoAuthenticationError";
}

/** 403: the key lacks a scope; names the scopes the operation needs. */
export class KlaviyoPermissionError extends KlaviyoApiError {
  static override readonly brand: string = "KlaviyoPermissionError";
  readonly requiredScopes: readonly string[];

  constructor(context: ApiErrorContext) {
    const scopes = context.scopes ?? [];
    super(context, scopes.length ? ` (the operation needs scopes: ${scopes.join(", ")})` : "");
    this.requiredScopes = scopes;
  }
}

export class KlaviyoNotFoundError extends KlaviyoApiError {
  static override readonly brand: string = "KlaviyoNotFoundError";
}

export class KlaviyoConflictError extends KlaviyoApiError {
  static override readonly brand: string = "KlaviyoConflictError";
}

/** 429 after every retry was spent, or a request not sent because the quota resets too late. */
export class KlaviyoRateLimitError extends KlaviyoApiError {
  static override readonly brand: string = "KlaviyoRateLimitError";
  readonly retryAfterMs: number | undefined;

  constructor(context: ApiErrorContext, extra = "") {
    super(context, extra);
    this.retryAfterMs = context.retryAfterMs;
  }
}

export class KlaviyoServerError extends KlaviyoApiError {
  static override readonly brand: string = "KlaviyoServerError";
}

/** The subclass for a status, so callers can `catch (e) { if (e instanceof KlaviyoNotFoundError) ... }`. */
export function apiErrorFor(context: ApiErrorContext): KlaviyoApiError {
  switch (context.status) {
    case 400:
      return new KlaviyoBadRequestError(context);
    case 401:
      return new KlaviyoAuthenticationError(context);
    case 403:
      return new KlaviyoPermissionError(context);
    case 404:
      return new KlaviyoNotFoundError(context);
    case 409:
      return new KlaviyoConflictError(context);
    case 429:
      return new KlaviyoRateLimitError(context);
    default:
      return context.status >= 500 ? new KlaviyoServerError(context) : new KlaviyoApiError(context);
  }
}

/** The JSON:API `errors[]` of an error body, or an empty list when the body is something else. */
export function jsonApiErrors(body: unknown): JsonApiError[] {
  if (body && typeof body === "object" && Array.isArray((body as { errors?: unknown }).errors)) {
    return (body as { errors: JsonApiError[] }).errors;
  }
  return [];
}
