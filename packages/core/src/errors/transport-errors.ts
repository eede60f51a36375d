import type { HttpMethod } from "../operation/meta.js";
import { KlaviyoError } from "./klaviyo-error.js";

export interface RequestContext {
  operationId: string | undefined;
  method: HttpMethod;
  path: string;
}

/** The request never got an HTTP answer: DNS, refused or reset connection, TLS. */
export class KlaviyoConnectionError extends KlaviyoError {
  static override readonly brand: string = "KlaviyoConnectionError";
  override name = "KlaviyoConnectionError";
  readonly operationId: string | undefined;
  readonly method: HttpMethod;
  readonly path: string;

  constructor(context: RequestContext, cause: unknown) {
    super(`${context.method} ${context.path}: connection failed (${causeCode(cause)})`, { cause });
    this.operationId = context.operationId;
    this.method = context.method;
    this.path = context.path;
  }
}

/** No answer within `timeoutMs`. */
export class KlaviyoTimeoutError extends KlaviyoError {
  static override readonly brand: string = "KlaviyoTimeoutError";
  override name = "KlaviyoTimeoutError";
  readonly operationId: string | undefined;
  readonly method: HttpMethod;
  readonly path: string;
  readonly timeoutMs: number;

  constructor(context: RequestContext, timeoutMs: number) {
    super(`${context.method} ${context.path}: no response within ${timeoutMs} ms`);
    this.operationId = context.operationId;
    this.method = context.method;
    this.path = context.path;
    this.timeoutMs = timeoutMs;
  }
}

/** A 2xx response whose body is not the JSON its content-type claims (truncated, HTML from a proxy, ...). */
export class KlaviyoInvalidResponseError extends KlaviyoError {
  static override readonly brand: string = "KlaviyoInvalidResponseError";
  override name = "KlaviyoInvalidResponseError";
  readonly status: number;
  readonly operationId: string | undefined;
  readonly method: HttpMethod;
  readonly path: string;

  constructor(context: RequestContext & { status: number }, cause: unknown) {
    super(`${context.method} ${context.path}: response body is not valid JSON`, { cause });
    this.status = context.status;
    this.operationId = context.operationId;
    this.method = context.method;
    this.path = context.path;
  }
}

/** The system error code behind a failed fetch (undici puts it on `cause`), or the error's name. */
export function causeCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  if (cause && typeof cause.code === "string") return cause.code;
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code === "string") return code;
  return error instanceof Error ? error.name : "unknown";
}
