import { clientEndpointAuth, type ClientEndpointAuth } from "../auth/client-endpoint.js";
import {
  METHOD_CODES,
  type HttpMethod,
  type OperationIndex,
  type RateLimit,
} from "../operation/meta.js";

/** What the pipeline needs to know about the operation a request calls. */
export interface Endpoint {
  /** operationId; undefined for typed-fetch calls, which know the method and path template only */
  readonly id: string | undefined;
  readonly method: HttpMethod;
  readonly path: string;
  /** how a client endpoint is authenticated (with the public key); absent for a private one */
  readonly auth?: ClientEndpointAuth | undefined;
  readonly rateLimit: RateLimit | undefined;
  readonly scopes: readonly string[];
  /** a pre-release operation, sent with the revision's ".pre" header whichever client calls it */
  readonly beta?: boolean | undefined;
}

/** Looks up typed-fetch requests ("GET" + "/api/profiles/{id}") in the generated operation index. */
export function createEndpointLookup(index: OperationIndex) {
  const cache = new Map<string, Endpoint>();
  return (method: string, path: string): Endpoint => {
    const key = `${method} ${path}`;
    let endpoint = cache.get(key);
    if (!endpoint) {
      endpoint = {
        id: undefined,
        method: method as HttpMethod,
        path,
        // Klaviyo's client endpoints are exactly those under /client/.
        auth: path.startsWith("/client/") ? clientEndpointAuth : undefined,
        rateLimit: rateLimitOf(index, method as HttpMethod, path),
        scopes: [],
        // Never beta: a typed-fetch route is the client's own, and a beta client's revision is
        // ".pre" already.
      };
      cache.set(key, endpoint);
    }
    return endpoint;
  };
}

function rateLimitOf(
  index: OperationIndex,
  method: HttpMethod,
  path: string,
): RateLimit | undefined {
  const methods = index.routes[path] ?? "";
  for (let i = 0; i < methods.length; i += 2) {
    if (methods[i] !== METHOD_CODES[method]) continue;
    const row = index.limits[parseInt(methods[i + 1]!, 36)];
    if (!row) return undefined;
    const [burst, steady, daily] = row;
    return daily === undefined ? { burst, steady } : { burst, steady, daily };
  }
  return undefined;
}
