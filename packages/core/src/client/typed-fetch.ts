import {
  createFinalURL,
  createQuerySerializer,
  defaultBodySerializer,
  defaultPathSerializer,
  type BodySerializer,
  type PathSerializer,
  type QuerySerializer,
  type QuerySerializerOptions,
} from "openapi-fetch";
import { KlaviyoError } from "../errors/klaviyo-error.js";
import { formOf, hasFile } from "../internal/form-body.js";
import { validateBaseUrl } from "./base-url.js";
import type { ReceivedResponse, Runtime } from "./runtime.js";

/**
 * The typed-fetch layer's calls: openapi-fetch's request options and `{ data, error, response }`
 * results, on our runtime. openapi-fetch's types describe every call and its serialisers build the
 * URL and body; its request loop is replaced by this one, which has no middleware to run and no
 * Request or Headers objects to build, since the runtime sends the request itself. That loop cost
 * a tenth of a loopback request.
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

type HeaderValue = string | number | boolean | readonly (string | number | boolean)[];
type HeaderValues = Readonly<Record<string, HeaderValue | null | undefined>>;

export type TypedFetchResult =
  | { data: unknown; response: Response; error?: undefined }
  | { error: unknown; response: Response; data?: undefined };

/** Klaviyo's arrays are comma-joined (style form, explode false), as its spec declares them. */
const QUERY_OPTIONS: QuerySerializerOptions = { array: { style: "form", explode: false } };
const klaviyoQuery = createQuerySerializer(QUERY_OPTIONS);
/** Set by the runtime for every request; a caller's value would be overridden anyway. */
const RUNTIME_HEADERS = new Set(["accept", "authorization", "content-type"]);

export function createTypedFetch(runtime: Runtime) {
  return async function typedFetch(
    method: string,
    schemaPath: string,
    init: TypedFetchInit = {},
  ): Promise<TypedFetchResult> {
    const { params = {}, parseAs = "json" } = init;
    const headers = callerHeaders(init.headers, params.header);
    const body = init.body === undefined ? undefined : serialiseBody(init);
    const url = createFinalURL(schemaPath, {
      baseUrl: init.baseUrl === undefined ? runtime.baseUrl : validateBaseUrl(init.baseUrl),
      params,
      querySerializer: querySerializerFor(init.querySerializer),
      pathSerializer: init.pathSerializer ?? defaultPathSerializer,
    });
    // openapi-fetch leaves a missing path parameter as "{id}", which would reach Klaviyo as a 404.
    const missing = url.includes("{") ? /^[^?]*?\{([^{}]+)\}/.exec(url) : null;
    if (missing) {
      throw new KlaviyoError(`Missing path parameter "${missing[1]}" for ${schemaPath}`);
    }
    const received = await runtime.send({
      endpoint: runtime.endpointFor(method, schemaPath),
      url,
      headers,
      body,
      signal: init.signal ?? undefined,
      timeoutMs: init.timeoutMs,
      idempotent: init.idempotent,
      parseJson: parseAs === "json",
    });
    const { response, text } = received;
    // As openapi-fetch: an empty body is undefined data or error, whatever parseAs says.
    if (!response.ok) {
      return { error: text === "" ? undefined : parseLeniently(text), response };
    }
    return { data: text === "" ? undefined : await dataOf(received, parseAs), response };
  };
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

function serialiseBody(init: TypedFetchInit): string | FormData {
  // The image upload's fields hold a file, which JSON would turn into "{}": they go as a form.
  if (!init.bodySerializer && hasFile(init.body)) return formOf(init.body);
  const serialise = (init.bodySerializer ?? defaultBodySerializer) as (body: unknown) => unknown;
  const body = serialise(init.body);
  if (typeof body === "string" || body instanceof FormData) return body;
  throw new KlaviyoError(`bodySerializer must return a string or FormData, not ${typeof body}`);
}

function querySerializerFor(option: TypedFetchInit["querySerializer"]): QuerySerializer<unknown> {
  if (option === undefined) return klaviyoQuery;
  if (typeof option === "function") return option;
  return createQuerySerializer({ ...QUERY_OPTIONS, ...option });
}

/** The caller's headers, lower-cased; `null` removes a header, arrays are comma-joined. */
function callerHeaders(
  ...sources: (TypedFetchInit["headers"] | undefined)[]
): Record<string, string> | undefined {
  let own: Record<string, string> | undefined;
  for (const source of sources) {
    if (!source) continue;
    const entries = Array.isArray(source)
      ? (source as [string, string][])
      : source instanceof Headers
        ? source.entries()
        : Object.entries(source);
    for (const [name, value] of entries) {
      const key = name.toLowerCase();
      if (value === undefined || RUNTIME_HEADERS.has(key)) continue;
      own ??= {};
      if (value === null) delete own[key];
      else own[key] = Array.isArray(value) ? value.join(", ") : String(value);
    }
  }
  return own;
}

function parseLeniently(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
