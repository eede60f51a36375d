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
  declare readonly status: number;
  declare readonly errors: readonly JsonApiError[];

  /** `extra` follows the status and Klaviyo's detail in the message. */
  constructor(context: ApiErrorContext, extra = "") {
    const { operationId, status, errors, hint } = context;
    const first = errors[0];
    super(
      context,
      (operationId ? ` (${operationId})` : "") +
        ` failed with ${status}` +
        (first ? `: ${first.detail ?? first.title ?? first.code ?? ""}` : "") +
        extra +
        (hint ? ` (${hint})` : ""),
    );
    this.status = status;
    this.errors = errors;
  }
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
  declare readonly requiredScopes: readonly string[];

  constructor(context: ApiErrorContext) {
    const scopes = context.scopes ?? [];
    super(context, scopes.length ? ` (needs scopes: ${scopes.join(", ")})` : "");
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
  declare readonly retryAfterMs: number | undefined;

  constructor(context: ApiErrorContext, extra?: string) {
    super(context, extra);
    this.retryAfterMs = context.retryAfterMs;
  }
}

export class KlaviyoServerError extends KlaviyoApiError {
  static override readonly brand: string = "KlaviyoServerError";
}

const ERROR_FOR_STATUS: Readonly<Record<number, typeof KlaviyoApiError>> = {
  400: KlaviyoBadRequestError,
  401: KlaviyoAuthenticationError,
  403: KlaviyoPermissionError,
  404: KlaviyoNotFoundError,
  409: KlaviyoConflictError,
  429: KlaviyoRateLimitError,
};

/** The subclass for a status, so callers can `catch (e) { if (e instanceof KlaviyoNotFoundError) ... }`. */
export function apiErrorFor(context: ApiErrorContext): KlaviyoApiError {
  const { status } = context;
  const ErrorClass =
    ERROR_FOR_STATUS[status] ?? (status >= 500 ? KlaviyoServerError : KlaviyoApiError);
  return new ErrorClass(context);
}

/** The JSON:API `errors[]` of an error body, or an empty list when the body is something else. */
export function jsonApiErrors(body: unknown): JsonApiError[] {
  // Any body: text or a JSON value other than an object has no errors[] either.
  const errors = (body as { errors?: unknown } | null | undefined)?.errors;
  return Array.isArray(errors) ? (errors as JsonApiError[]) : [];
}
