import { KlaviyoError } from "../errors/klaviyo-error.js";
import { formOf } from "../internal/form-body.js";

/** Ergonomic parameter groups and the bracketed query names they stand for. */
const GROUPS: Readonly<Record<string, string>> = {
  fields: "fields",
  additionalFields: "additional-fields",
  page: "page",
};
const PATH_PARAM = /\{([^{}]+)\}/g;

export interface SerialisedRequest {
  /** path with parameters filled in, plus the query string */
  pathAndQuery: string;
  headers: Record<string, string> | undefined;
  body: string | FormData | undefined;
}

/**
 * Turns ergonomic params into the wire request: `{ id }` into the path, `fields: { profile: [...] }`
 * into `fields[profile]=a,b` (Klaviyo's arrays are explode:false, comma-joined), `page: { size }` into
 * `page[size]`, anything else under its own name. Bracketed names are kept literal, as Klaviyo documents them.
 */
export function serialiseRequest(
  pathTemplate: string,
  params: Readonly<Record<string, unknown>> = {},
  bodyAs: "json" | "form" = "json",
): SerialisedRequest {
  const pathNames = new Set<string>();
  const path = pathTemplate.replace(PATH_PARAM, (_, name: string) => {
    pathNames.add(name);
    const value = params[name];
    if (value === undefined || value === null || value === "") {
      throw new KlaviyoError(`Missing path parameter "${name}" for ${pathTemplate}`);
    }
    return encodeURIComponent(String(value));
  });
  const query: string[] = [];
  for (const key in params) {
    if (key === "headers" || key === "body" || pathNames.has(key)) continue;
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
  return {
    pathAndQuery: query.length ? `${path}?${query.join("&")}` : path,
    headers: lowerCaseHeaders(params.headers),
    body:
      params.body === undefined
        ? undefined
        : bodyAs === "form"
          ? formOf(params.body)
          : JSON.stringify(params.body),
  };
}

function appendQuery(query: string[], name: string, value: unknown): void {
  if (value === undefined || value === null) return;
  const text = Array.isArray(value)
    ? value.map((item) => encodeURIComponent(String(item))).join(",")
    : encodeURIComponent(String(value));
  query.push(`${name}=${text}`);
}

function lowerCaseHeaders(headers: unknown): Record<string, string> | undefined {
  if (!headers || typeof headers !== "object") return undefined;
  const lower: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && value !== null) lower[name.toLowerCase()] = String(value);
  }
  return lower;
}
