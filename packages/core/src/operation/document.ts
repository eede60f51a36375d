import type { Endpoint } from "../client/endpoint.js";
import type { ReceivedResponse } from "../client/runtime.js";
import { apiErrorFor, jsonApiErrors } from "../errors/api-error.js";
import { parseRetryAfter } from "../retry/retry-after.js";

/** The response's JSON:API document (undefined for 204), or the typed error for a non-2xx status. */
export function documentOf(received: ReceivedResponse, endpoint: Endpoint): unknown {
  const { status, headers } = received.response;
  if (status >= 200 && status < 300) return received.json;
  throw apiErrorFor({
    status,
    errors: jsonApiErrors(parseLeniently(received.text)),
    operationId: endpoint.id,
    method: endpoint.method,
    path: endpoint.path,
    scopes: endpoint.scopes,
    retryAfterMs: parseRetryAfter(headers.get("retry-after")),
  });
}

function parseLeniently(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
