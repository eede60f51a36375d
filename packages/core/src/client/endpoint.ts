import type { HttpMethod, OperationIndex, RateLimit } from "../operation/meta.js";

/** What the pipeline needs to know about the operation a request calls. */
export interface Endpoint {
  /** operationId; undefined for a typed-fetch path the operation index does not know */
  readonly id: string | undefined;
  readonly method: HttpMethod;
  readonly path: string;
  readonly auth: "private" | "public";
  readonly rateLimit: RateLimit | undefined;
  readonly scopes: readonly string[];
}

/** Looks up typed-fetch requests ("GET" + "/api/profiles/{id}") in the generated operation index. */
export function createEndpointLookup(index: OperationIndex) {
  const cache = new Map<string, Endpoint>();
  return (method: string, path: string): Endpoint => {
    const key = `${method} ${path}`;
    let endpoint = cache.get(key);
    if (!endpoint) {
      const entry = index[key];
      endpoint = {
        id: entry?.[0],
        method: method as HttpMethod,
        path,
        // Klaviyo's client endpoints are exactly those under /client/.
        auth: path.startsWith("/client/") ? "public" : "private",
        rateLimit: entry
          ? entry[3] === undefined
            ? { burst: entry[1], steady: entry[2] }
            : { burst: entry[1], steady: entry[2], daily: entry[3] }
          : undefined,
        scopes: [],
      };
      cache.set(key, endpoint);
    }
    return endpoint;
  };
}
