import type { Endpoint } from "../client/endpoint.js";
import type { ReceivedResponse } from "../client/runtime.js";
import { apiErrorFor, jsonApiErrors } from "../errors/api-error.js";
import { contextOf } from "../errors/request-error.js";
import { KlaviyoInvalidResponseError } from "../errors/transport-errors.js";

/**
 * The response's JSON:API document (undefined for 202 and 204), or the typed error for a non-2xx
 * status. Every 200 and 201 of Klaviyo's spec documents a JSON:API body, so an empty one is a broken
 * answer (a proxy's), not a document to resolve as `undefined`.
 */
export function documentOf(
  received: ReceivedResponse,
  endpoint: Endpoint,
  hint?: string | undefined,
): unknown {
  const { status, ok } = received.response;
  const context = contextOf(endpoint);
  if (ok) {
    // 200 or 201: the 2xx answers that carry a document.
    if (status < 202 && received.text === "") {
      throw new KlaviyoInvalidResponseError(
        context,
        status,
        `empty ${status} body where a JSON:API document is due`,
      );
    }
    return received.json;
  }
  throw apiErrorFor({
    ...context,
    status,
    errors: jsonApiErrors(received.errorBody),
    scopes: endpoint.scopes,
    retryAfterMs: received.retryAfterMs,
    hint: status === 404 ? hint : undefined,
  });
}
