import { redactAuthorization } from "./request/auth.js";
import type { FaultKind } from "./faults.js";

/** One request as it arrived, for tests to assert on. Secrets are redacted. */
export interface RequestRecord {
  seq: number;
  at: string;
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  operationId?: string;
  body?: unknown;
  /** Status answered; undefined when the connection was reset. */
  status?: number;
  fault?: FaultKind;
}

const SECRET_HEADERS = new Set(["authorization", "cookie", "x-api-key"]);

export function recordRequest(
  seq: number,
  at: string,
  method: string,
  url: URL,
  headers: Headers,
): RequestRecord {
  const flat: Record<string, string> = {};
  headers.forEach((value, name) => {
    flat[name] = SECRET_HEADERS.has(name) ? redactAuthorization(value) : value;
  });
  return {
    seq,
    at,
    method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: flat,
  };
}

export function parseLoggedBody(raw: string): unknown {
  if (raw === "") return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
