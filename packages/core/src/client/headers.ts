import { KlaviyoInvalidRequestError, type RequestContext } from "../errors/request-error.js";
import type { Endpoint } from "./endpoint.js";

export const JSON_API = "application/vnd.api+json";
const USER_AGENT = "klaviyo-ts";
/** Set by the runtime on every request; a caller's value is dropped rather than sent twice or overriding ours. */
const RUNTIME_HEADER = /^(accept|authorization|content-type|revision)$/;
/** RFC 9110 token characters: what a header name may hold. */
const HEADER_NAME = /^[\w!#$%&'*+.^`|~-]+$/;
/** CR, LF and NUL end a header line; anything beyond Latin-1 cannot be sent as a byte string. */
const BAD_HEADER_VALUE = /[\r\n\0]|[^\0-\xff]/;

export type HeaderValue = string | number | boolean | readonly (string | number | boolean)[];
export type HeaderSource =
  | Readonly<Record<string, HeaderValue | null | undefined>>
  | Headers
  | readonly (readonly [string, string])[];

/**
 * The caller's headers, lower-cased: `null` removes a header, arrays are comma-joined, the runtime's own
 * are dropped. A header fetch could not send is the caller's error, refused here before anything
 * is sent; the message names the header but never quotes its value, which may be a secret.
 */
export function callerHeaders(
  context: RequestContext,
  ...sources: (HeaderSource | undefined)[]
): Record<string, string> | undefined {
  let own: Record<string, string> | undefined;
  for (const source of sources) {
    if (!source || typeof source !== "object") continue;
    // Pairs and Headers iterate as [name, value]; a record gives its own entries.
    const entries: Iterable<[string, unknown]> =
      Symbol.iterator in source ? (source as Iterable<[string, unknown]>) : Object.entries(source);
    for (const [name, value] of entries) {
      const key = name.toLowerCase();
      if (value === undefined || RUNTIME_HEADER.test(key)) continue;
      if (!HEADER_NAME.test(name)) throw invalidHeader(context, name);
      own ??= {};
      if (value === null) {
        delete own[key];
        continue;
      }
      const text = Array.isArray(value) ? value.join(", ") : String(value);
      if (BAD_HEADER_VALUE.test(text)) throw invalidHeader(context, key);
      own[key] = text;
    }
  }
  return own;
}

function invalidHeader(context: RequestContext, name: string) {
  return new KlaviyoInvalidRequestError(
    context,
    `header "${name}" cannot be sent (CR, LF or a bad character)`,
  );
}

/**
 * Every header of one attempt of a client pinned to `revision`: the caller's, then the runtime's,
 * which no caller header overrides. `userAgent` is the client option, prepended to ours.
 */
export function requestHeadersOf(revision: string, userAgent: string | undefined) {
  const agent = userAgent ? `${userAgent} ${USER_AGENT}` : USER_AGENT;
  return (
    caller: Readonly<Record<string, string>> | undefined,
    endpoint: Endpoint,
    /** a JSON:API body; fetch sets a form's multipart content type itself, boundary included */
    jsonBody: boolean,
    authorization: string | undefined,
  ): Record<string, string> => {
    const headers: Record<string, string> = {
      ...caller,
      // A beta operation only exists in the revision's ".pre" variant.
      revision: endpoint.beta && !revision.endsWith(".pre") ? `${revision}.pre` : revision,
      accept: JSON_API,
    };
    // Client endpoints are called from browsers, where a user agent costs a CORS preflight.
    if (!endpoint.auth) headers["user-agent"] = agent;
    if (jsonBody) headers["content-type"] = JSON_API;
    if (authorization) headers.authorization = authorization;
    return headers;
  };
}
