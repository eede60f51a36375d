import {
  createQuerySerializer,
  defaultPathSerializer,
  type BodySerializer,
  type PathSerializer,
  type QuerySerializer,
  type QuerySerializerOptions,
} from "openapi-fetch";
import { KlaviyoInvalidRequestError, type RequestContext } from "../errors/request-error.js";
import { formBody, hasFile } from "../internal/form-body.js";
import type { OperationIndex } from "../operation/meta.js";
import { validateBaseUrl } from "./base-url.js";
import { createEndpointLookup } from "./endpoint.js";
import type { HeaderSource, HeaderValue } from "./headers.js";
import { buildRequest } from "./request-builder.js";
import type { ReceivedResponse, Runtime } from "./runtime.js";

/**
 * The typed-fetch layer's calls: openapi-fetch's request options and `{ data, error, response }`
 * results, on our runtime. openapi-fetch's types describe every call and its serialisers fill the
 * path and query; the URL, headers and body are built by the request builder operation functions
 * use too, and its request loop is replaced by the runtime's, which has no middleware to run and
 * no Request or Headers objects to build.
 */
export interface TypedFetchInit {
  params?: {
    path?: Record<string, unknown>;
    query?: Record<string, unknown>;
    header?: HeaderValues;
  };
  headers?: HeaderValues | Headers | readonly (readonly [string, string])[];
  body?: unknown;
  parseAs?: "json" | "text" | "blob" | "arrayBuffer" | "stream";
  baseUrl?: string;
  querySerializer?: QuerySerializer<unknown> | QuerySerializerOptions;
  bodySerializer?: BodySerializer<unknown>;
  pathSerializer?: PathSerializer;
  signal?: AbortSignal | null;
  /** per attempt, as in the client options */
  timeoutMs?: number;
  /** the caller guarantees that repeating this request is harmless, so it is retried like a GET */
  idempotent?: boolean;
}

type HeaderValues = Readonly<Record<string, HeaderValue | null | undefined>>;

export type TypedFetchResult =
  | { data: unknown; response: Response; error?: undefined }
  | { error: unknown; response: Response; data?: undefined };

/** Klaviyo's arrays are comma-joined (style form, explode false), as its spec declares them. */
const QUERY_OPTIONS: QuerySerializerOptions = { array: { style: "form", explode: false } };
// Marked pure so that programs calling only operation functions drop it with openapi-fetch.
const klaviyoQuery = /* @__PURE__ */ createQuerySerializer(QUERY_OPTIONS);

/** Typed fetch paces each call by the rate limit the operation index gives its route. */
export function createTypedFetch(runtime: Runtime, operations: OperationIndex) {
  const endpointFor = createEndpointLookup(operations);
  return async function typedFetch(
    method: string,
    schemaPath: string,
    init: TypedFetchInit = {},
  ): Promise<TypedFetchResult> {
    const { params = {}, parseAs = "json" } = init;
    const endpoint = endpointFor(method, schemaPath);
    const pathSerializer = init.pathSerializer ?? defaultPathSerializer;
    const context = { operationId: undefined, method: endpoint.method, path: schemaPath };
    const request = buildRequest(
      context,
      init.baseUrl === undefined ? runtime.baseUrl : validateBaseUrl(init.baseUrl),
      params.path,
      querySerializerFor(init.querySerializer)(params.query ?? {}).replace(/^\?/, ""),
      [init.headers as HeaderSource | undefined, params.header],
      init.body,
      (body) =>
        serialiseBody(
          context,
          body,
          init.bodySerializer as ((body: unknown) => unknown) | undefined,
        ),
      (template, values) => pathSerializer(template, values),
    );
    const received = await runtime.send({
      endpoint,
      url: request.url,
      headers: request.headers,
      body: request.body,
      signal: init.signal ?? undefined,
      timeoutMs: init.timeoutMs,
      idempotent: init.idempotent,
      unparsed: parseAs !== "json",
    });
    const { response, text } = received;
    // As openapi-fetch: an empty body is undefined data or error, whatever parseAs says.
    if (!response.ok) return { error: received.errorBody, response };
    return { data: text === "" ? undefined : await dataOf(received, parseAs), response };
  };
}

/**
 * The caller's bodySerializer, checked; otherwise a body holding a file (the image upload's, which
 * JSON would turn into "{}") as a form, anything else as JSON.
 */
function serialiseBody(
  context: RequestContext,
  body: unknown,
  bodySerializer: ((body: unknown) => unknown) | undefined,
): string | FormData {
  if (bodySerializer) {
    const serialised = bodySerializer(body);
    if (typeof serialised === "string" || serialised instanceof FormData) return serialised;
    throw new KlaviyoInvalidRequestError(
      context,
      `bodySerializer must return a string or FormData, not ${typeof serialised}`,
    );
  }
  return body instanceof FormData || hasFile(body) ? formBody(body) : JSON.stringify(body);
}

/** The 2xx body as `parseAs` asks; the runtime has read it already, and parsed it for `json`. */
async function dataOf(received: ReceivedResponse, parseAs: NonNullable<TypedFetchInit["parseAs"]>) {
  switch (parseAs) {
    case "json":
      return received.json;
    case "text":
      return received.text;
    case "stream":
      return new Response(received.text).body;
    default:
      return new Response(received.text)[parseAs]();
  }
}

function querySerializerFor(option: TypedFetchInit["querySerializer"]): QuerySerializer<unknown> {
  if (option === undefined) return klaviyoQuery;
  if (typeof option === "function") return option;
  return createQuerySerializer({ ...QUERY_OPTIONS, ...option });
}
