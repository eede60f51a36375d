/** What a handler answers; the server turns it into bytes (or a fault mangles it). */
export interface MockResponse {
  status: number;
  headers?: Record<string, string>;
  /** JSON:API document; omitted for 202/204 answers without content. */
  body?: unknown;
}

export interface ErrorSource {
  pointer?: string;
  parameter?: string;
}

export interface ApiErrorObject {
  id: string;
  status: number;
  code: string;
  title: string;
  detail: string;
  source?: ErrorSource;
  links: Record<string, never>;
  meta: Record<string, unknown>;
}

/** Identifies error objects; deterministic so that two runs with one seed give the same bytes. */
export type ErrorIds = () => string;

const TITLES: Record<number, string> = {
  400: "Invalid input.",
  401: "Authentication credentials were not provided.",
  403: "You do not have permission to perform this action.",
  404: "Not found.",
  405: "Method not allowed.",
  409: "Conflict.",
  429: "Request was throttled.",
  500: "A server error occurred.",
  502: "Bad gateway.",
  503: "Service unavailable.",
  504: "Gateway timeout.",
  524: "A timeout occurred.",
};

/** Klaviyo's title for an error status. */
export function errorTitle(status: number): string {
  return TITLES[status] ?? "Error.";
}

export interface ErrorSpec {
  status: number;
  code: string;
  detail: string;
  title?: string;
  source?: ErrorSource;
  meta?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** Klaviyo's error body: `{ errors: [{ id, status, code, title, detail, source, links, meta }] }`. */
export function errorResponse(ids: ErrorIds, spec: ErrorSpec): MockResponse {
  const error: ApiErrorObject = {
    id: ids(),
    status: spec.status,
    code: spec.code,
    title: spec.title ?? errorTitle(spec.status),
    detail: spec.detail,
    ...(spec.source ? { source: spec.source } : {}),
    links: {},
    meta: spec.meta ?? {},
  };
  return {
    status: spec.status,
    body: { errors: [error] },
    ...(spec.headers ? { headers: spec.headers } : {}),
  };
}

/** Handlers throw this to answer with an error from deep inside state logic. */
export class MockApiError extends Error {
  constructor(readonly spec: ErrorSpec) {
    super(spec.detail);
  }
}

export const invalid = (detail: string, source: ErrorSource): MockApiError =>
  new MockApiError({ status: 400, code: "invalid", detail, source });

export const notFound = (detail: string): MockApiError =>
  new MockApiError({ status: 404, code: "not_found", detail });
