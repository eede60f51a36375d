import { buildRequest, pathParamNames, type BuiltRequest } from "../client/request-builder.js";
import type { HeaderSource } from "../client/headers.js";
import type { RequestContext } from "../errors/request-error.js";

/** Ergonomic parameter groups and the bracketed query names they stand for. */
const GROUPS: Readonly<Record<string, string>> = {
  fields: "fields",
  additionalFields: "additional-fields",
  page: "page",
};

/**
 * Turns an operation function's ergonomic params into the wire request: `{ id }` into the path,
 * `fields: { profile: [...] }` into `fields[profile]=a,b` (Klaviyo's arrays are explode:false,
 * comma-joined), `page: { size }` into `page[size]`, anything else under its own name. Bracketed
 * names are kept literal, as Klaviyo documents them. The URL, path and headers are built by the
 * request builder typed fetch uses too.
 */
export function serialiseRequest(
  operation: RequestContext,
  baseUrl: string,
  params: Readonly<Record<string, unknown>> = {},
  serialiseBody: (body: unknown) => string | FormData = JSON.stringify,
): BuiltRequest {
  const pathNames = pathParamNames(operation.path);
  return buildRequest(
    operation,
    baseUrl,
    params,
    serialiseQuery(params, pathNames),
    [params.headers as HeaderSource | undefined],
    params.body,
    serialiseBody,
  );
}

function serialiseQuery(params: Readonly<Record<string, unknown>>, pathNames: string[]) {
  const query: string[] = [];
  for (const key in params) {
    if (key === "headers" || key === "body" || pathNames.includes(key)) continue;
    const value = params[key];
    const group = GROUPS[key];
    if (
      group !== undefined &&
      value !== null &&
      typeof value === "object" &&
      !Array.isArray(value)
    ) {
      for (const member in value) {
        appendQuery(query, `${group}[${member}]`, (value as Record<string, unknown>)[member]);
      }
    } else {
      appendQuery(query, key, value);
    }
  }
  return query.join("&");
}

function appendQuery(query: string[], name: string, value: unknown): void {
  if (value === undefined || value === null) return;
  const text = Array.isArray(value)
    ? value.map((item) => encodeURIComponent(String(item))).join(",")
    : encodeURIComponent(String(value));
  query.push(`${name}=${text}`);
}
