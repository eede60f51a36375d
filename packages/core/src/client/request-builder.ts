import { KlaviyoInvalidRequestError, type RequestContext } from "../errors/request-error.js";
import { callerHeaders, type HeaderSource } from "./headers.js";

/** `{id}`, and openapi-fetch's label and matrix forms `{.id}`, `{;id}`, `{id*}`. */
const PATH_PARAM = /\{([^{}]+)\}/g;

/** What both layers hand the runtime: the URL, the caller's headers and the body, checked. */
export interface BuiltRequest {
  url: string;
  headers: Record<string, string> | undefined;
  body: string | FormData | undefined;
}

/**
 * The one request builder both layers use (operation functions and typed fetch): URL assembly,
 * path-parameter filling and validation, caller headers and the body. Whatever it refuses is the
 * caller's error, thrown before anything is sent.
 *
 * `query` is the query string without "?". `serialiseBody` gives the body as sent: each layer
 * passes its own, so a program bundles form serialisation only when it calls an operation whose
 * body is a form, or uses typed fetch. `serialisePath` fills the template; by default each value
 * is percent-encoded whole, so "/", "?" and "#" stay in its segment.
 */
export function buildRequest(
  context: RequestContext,
  baseUrl: string,
  pathParams: Readonly<Record<string, unknown>> = {},
  query: string,
  headers: readonly (HeaderSource | undefined)[],
  body: unknown,
  serialiseBody: (body: unknown) => string | FormData,
  serialisePath?: (template: string, params: Record<string, unknown>) => string,
): BuiltRequest {
  const template = context.path;
  const missing = (name: string | undefined) =>
    new KlaviyoInvalidRequestError(context, `missing path parameter "${name}"`);
  for (const name of pathParamNames(template)) {
    const value = pathParams[name];
    if (value === undefined || value === null || value === "") throw missing(name);
  }
  const path = serialisePath
    ? serialisePath(template, pathParams as Record<string, unknown>)
    : template.replace(PATH_PARAM, (_, name: string) =>
        encodeURIComponent(String(pathParams[name])),
      );
  // Checked on what the serialiser produced, whichever it is: URL parsing would resolve a dot
  // segment, and "/api/profiles/.." reads every profile of the account instead of one.
  const [left] = path.matchAll(PATH_PARAM);
  if (left) throw missing(left[1]);
  if (hasDotSegment(path)) {
    throw new KlaviyoInvalidRequestError(context, "a path parameter is . or .., in some spelling");
  }
  return {
    url: baseUrl + path + (query ? `?${query}` : ""),
    headers: callerHeaders(context, ...headers),
    body: body === undefined ? undefined : serialiseBody(body),
  };
}

/** The names of a path template's parameters, without openapi-fetch's style marks. */
export function pathParamNames(template: string): string[] {
  return [...template.matchAll(PATH_PARAM)].map(([, raw]) => raw!.replace(/^[.;]|\*$/g, ""));
}

/**
 * A segment ".", "..", or any percent-encoded spelling of them however many times encoded (a
 * gateway may decode twice). Pagination checks next links with it too.
 */
export function hasDotSegment(path: string): boolean {
  return path.split("/").some(isDotSegment);
}

function isDotSegment(segment: string): boolean {
  let decoded = segment;
  for (let previous = ""; decoded !== previous;) {
    previous = decoded;
    decoded = decoded.replace(/%25/gi, "%").replace(/%2e/gi, ".");
  }
  return decoded === "." || decoded === "..";
}
