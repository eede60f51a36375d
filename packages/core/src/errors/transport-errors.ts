import { KlaviyoRequestError, type RequestContext } from "./request-error.js";

/** The request never got an HTTP answer: DNS, refused or reset connection, TLS. */
export class KlaviyoConnectionError extends KlaviyoRequestError {
  static override readonly brand: string = "KlaviyoConnectionError";
  /** host (and port) the client could not reach */
  declare readonly host: string;

  constructor(context: RequestContext, host: string, cause: unknown) {
    super(context, `: connection to ${host} failed (${causeCode(cause)})`, { cause });
    this.host = host;
  }
}

/** No answer within `timeoutMs`. */
export class KlaviyoTimeoutError extends KlaviyoRequestError {
  static override readonly brand: string = "KlaviyoTimeoutError";
  declare readonly timeoutMs: number;

  constructor(context: RequestContext, timeoutMs: number, waitingFor = "response") {
    super(context, `: no ${waitingFor} within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

/**
 * A 2xx response that is not what the operation documents: a body that is not JSON (truncated, HTML
 * from a proxy), an empty body where a document is due, a page without `data[]`, a broken `links.next`.
 */
export class KlaviyoInvalidResponseError extends KlaviyoRequestError {
  static override readonly brand: string = "KlaviyoInvalidResponseError";
  declare readonly status: number;

  constructor(context: RequestContext, status: number, problem: string, cause?: unknown) {
    super(context, `: ${problem}`, { cause });
    this.status = status;
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
