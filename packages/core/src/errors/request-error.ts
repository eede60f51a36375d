import type { Endpoint } from "../client/endpoint.js";
import type { HttpMethod } from "../operation/meta.js";
import { KlaviyoError } from "./klaviyo-error.js";

/** What identifies the request an error is about. */
export interface RequestContext {
  operationId: string | undefined;
  method: HttpMethod;
  /** path template, e.g. "/api/profiles/{id}", so ids in the URL never end up in logs by way of the error */
  path: string;
}

/** The context of a request to `endpoint`, for the errors about it. */
export function contextOf(endpoint: Endpoint): RequestContext {
  return { operationId: endpoint.id, method: endpoint.method, path: endpoint.path };
}

/**
 * Base of every error about one request (API errors, connection, timeout, invalid response, invalid
 * request), so a caller reads `operationId`, `method` and `path` from any of them.
 */
export class KlaviyoRequestError extends KlaviyoError {
  static override readonly brand: string = "KlaviyoRequestError";
  // Declared, not defined: assigned below, and a class field would cost every bundle its name twice.
  declare readonly operationId: string | undefined;
  declare readonly method: HttpMethod;
  declare readonly path: string;

  /** The message is the method and path template, then `afterPath` (": what went wrong", usually). */
  constructor(context: RequestContext, afterPath: string, options?: { cause?: unknown }) {
    super(`${context.method} ${context.path}${afterPath}`, options);
    this.operationId = context.operationId;
    this.method = context.method;
    this.path = context.path;
  }
}

/** The call's own arguments cannot make a request (a missing or `..` path parameter, a header with CR/LF); nothing was sent. */
export class KlaviyoInvalidRequestError extends KlaviyoRequestError {
  static override readonly brand: string = "KlaviyoInvalidRequestError";

  /** `problem` is what is wrong, e.g. `missing path parameter "id"`. */
  constructor(context: RequestContext, problem: string, options?: { cause?: unknown }) {
    super(context, `: ${problem}`, options);
  }
}

/** The `refresh` callback of a `refreshingAccessToken` threw or rejected; the original error is the `cause`. */
export class KlaviyoTokenRefreshError extends KlaviyoRequestError {
  static override readonly brand: string = "KlaviyoTokenRefreshError";

  constructor(context: RequestContext, cause: unknown) {
    super(context, ": access token refresh failed", { cause });
  }
}
