import { startMock, type ServerOptions as MockOptions, type MockServer } from "../src/index.js";

export const REVISION = "2026-04-15";
export const API_KEY = "pk_test_0123456789abcdef";

export function start(options: Partial<MockOptions> = {}): Promise<MockServer> {
  return startMock({ revision: REVISION, ...options });
}

export interface Call {
  method?: string;
  path: string;
  headers?: Record<string, string | undefined>;
  body?: unknown;
}

export interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

/** A request as a well-behaved client sends it, with any header overridable (undefined drops it). */
export async function call(
  mock: MockServer,
  { method = "GET", path, headers = {}, body }: Call,
): Promise<Answer> {
  const merged: Record<string, string | undefined> = {
    authorization: `Klaviyo-API-Key ${API_KEY}`,
    revision: REVISION,
    accept: "application/vnd.api+json",
    ...(body !== undefined ? { "content-type": "application/vnd.api+json" } : {}),
    ...headers,
  };
  const sent = Object.fromEntries(
    Object.entries(merged).filter(([, v]) => v !== undefined),
  ) as Record<string, string>;
  const response = await fetch(`${mock.url}${path}`, {
    method,
    headers: sent,
    ...(body !== undefined ? { body: typeof body === "string" ? body : JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : undefined,
  };
}

export const profileBody = (email: string, extra: Record<string, unknown> = {}) => ({
  data: { type: "profile", attributes: { email, ...extra } },
});

export const eventBody = (metric: string, email: string, extra: Record<string, unknown> = {}) => ({
  data: {
    type: "event",
    attributes: {
      properties: {},
      metric: { data: { type: "metric", attributes: { name: metric } } },
      profile: { data: { type: "profile", attributes: { email } } },
      ...extra,
    },
  },
});

/**
 * Fills a path template's parameters: an enum's first option where the parameter has one
 * (get_mapped_metric's mapping type), else `fallback(name)`.
 */
export function fillPath(
  path: string,
  operation: { parameters?: { name: string; in: string; schema?: { enum?: unknown[] } }[] },
  fallback: (name: string) => string,
): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const parameter = operation.parameters?.find((p) => p.in === "path" && p.name === name);
    const option = parameter?.schema?.enum?.[0];
    return option === undefined ? fallback(name) : encodeURIComponent(String(option));
  });
}
