import type { HttpMethod } from "../operation/meta.js";
import { KlaviyoError } from "./klaviyo-error.js";

/** What identifies the request an error is about. */
export interface RequestContext {
  operationId: string | undefined;
  method: HttpMethod;
  /** path template, e.g. "/api/profiles/{id}", so ids in the URL never end up in logs by way of the error */
  path: string;
}

/**
 * Base of every error about one request (API errors, connection, timeout, invalid response, invalid
 * request), so a caller reads `operationId`, `method` and `path` from any of them.
 */
export class KlaviyoRequestError extends KlaviyoError {
  static override readonly brand: string = "KlaviyoRequestError";
  readonly operationId: string | undefined;
  readonly method: HttpMethod;
  readonly path: string;

  constructor(context: RequestContext, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.operationId = context.operationId;
    this.method = context.method;
    this.path = context.path;
  }
}

/** The call's own arguments cannot make a request (a missing or `..` path parameter, a header with CR/LF); nothing was sent. */
export class KlaviyoInvalidRequestError extends KlaviyoRequestError {
  static override readonly brand: string = "KlaviyoInvalidRequestError";
}

/** The `refresh` callback of a `refreshingAccessToken` threw or rejected; the original error is the `cause`. */
export class KlaviyoTokenRefreshError extends KlaviyoRequestError {
  static override readonly brand: string = "KlaviyoTokenRefreshError";

  constructor(context: RequestContext, cause: unknown) {
    super(context, `${context.method} ${context.path}: access token refresh failed`, { cause });
  }
}
