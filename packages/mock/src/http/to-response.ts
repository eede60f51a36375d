import type { Fault } from "../faults.js";
import type { MockResponse } from "./response.js";

/** What a proxy in front of an API answers when it has a bad moment. */
const NON_JSON_BODY = "<html><body><h1>502 Bad Gateway</h1><p>upstream hiccup</p></body></html>";

/**
 * A Fetch Response for an answer, mangled as the body faults ask: `non-json` swaps in an HTML
 * page, `truncated` promises the whole document (Content-Length) and fails halfway with `cut()`.
 */
export function toResponse(response: MockResponse, fault?: Fault, cut?: () => Error): Response {
  const headers = new Headers(response.headers);
  if (fault?.kind === "non-json") {
    headers.set("Content-Type", "text/html");
    return new Response(NON_JSON_BODY, { status: fault.status ?? response.status, headers });
  }
  if (response.body === undefined) return new Response(null, { status: response.status, headers });
  const payload = new TextEncoder().encode(JSON.stringify(response.body));
  headers.set("Content-Type", "application/vnd.api+json");
  headers.set("Content-Length", String(payload.length));
  const status = fault?.status ?? response.status;
  if (fault?.kind === "truncated" && cut) {
    const half = payload.subarray(0, Math.floor(payload.length / 2));
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (!sent) {
          sent = true;
          controller.enqueue(half);
        } else controller.error(cut());
      },
    });
    return new Response(body, { status, headers });
  }
  return new Response(payload, { status, headers });
}
