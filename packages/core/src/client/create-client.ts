import createOpenApiClient, { type Client, type Middleware } from "openapi-fetch";
import type { KlaviyoClientBase } from "../operation/define-operation.js";
import type { OperationIndex } from "../operation/meta.js";
import { JSON_API } from "./headers.js";
import type { KlaviyoOptions } from "./options.js";
import { attachRuntime, createRuntime, type ReceivedResponse, type Runtime } from "./runtime.js";

/** openapi-fetch's typed client (GET/POST/... returning `{ data, error, response }`) plus the runtime. */
export interface KlaviyoClient<Paths extends {}>
  extends Client<Paths, typeof JSON_API>, KlaviyoClientBase {
  readonly revision: string;
}

/** Per-request options the typed-fetch layer reads from the init object, next to openapi-fetch's own. */
interface TypedFetchExtras {
  timeoutMs?: number;
  idempotent?: boolean;
}

/**
 * The client the generated `createKlaviyo()` returns. Typed-fetch calls and operation functions share
 * one pipeline: openapi-fetch builds the request, and our middleware sends it through the runtime
 * (auth, pacing, retries, timeouts, hooks) and hands openapi-fetch the final response.
 */
export function createClient<Paths extends {}>(
  options: KlaviyoOptions,
  pinned: { revision: string; operations: OperationIndex },
): KlaviyoClient<Paths> {
  const runtime = createRuntime(options, pinned);
  const client = createOpenApiClient<Paths, typeof JSON_API>({
    baseUrl: runtime.baseUrl,
    querySerializer: { array: { style: "form", explode: false } },
    Request: PendingRequest as unknown as typeof Request,
  });
  client.use(pipelineMiddleware(runtime));
  Object.defineProperty(client, "revision", { value: pinned.revision, enumerable: true });
  attachRuntime(client, runtime);
  return client as KlaviyoClient<Paths>;
}

/**
 * What openapi-fetch builds for each call, in place of a full `Request`: our middleware is the only
 * reader (it answers every call itself), and skipping undici's Request construction keeps the typed
 * layer's overhead close to that of operation functions.
 */
class PendingRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: string | undefined;
  readonly signal: AbortSignal | undefined;

  constructor(url: string, init: RequestInit) {
    this.url = url;
    this.method = init.method ?? "GET";
    this.headers = init.headers as Headers;
    this.body = typeof init.body === "string" ? init.body : undefined;
    this.signal = init.signal ?? undefined;
  }
}

function pipelineMiddleware(runtime: Runtime): Middleware {
  return {
    async onRequest({ request, schemaPath }) {
      const pending = request as unknown as PendingRequest & TypedFetchExtras;
      const received = await runtime.send({
        endpoint: runtime.endpointFor(pending.method, schemaPath),
        url: pending.url,
        headers: callerHeaders(pending.headers),
        body: pending.body,
        signal: pending.signal,
        timeoutMs: pending.timeoutMs,
        idempotent: pending.idempotent,
      });
      return toResponse(received);
    },
  };
}

/** Headers the caller set; the pipeline sets content negotiation, revision and auth itself. */
function callerHeaders(headers: Headers): Record<string, string> | undefined {
  let own: Record<string, string> | undefined;
  for (const [name, value] of headers) {
    if (name === "content-type" || name === "accept" || name === "authorization") continue;
    (own ??= {})[name] = value;
  }
  return own;
}

function toResponse(received: ReceivedResponse): Response {
  const empty = received.status === 204 || received.status === 205 || received.status === 304;
  return new Response(empty ? null : received.text, {
    status: received.status,
    statusText: received.statusText,
    headers: received.headers,
  });
}
