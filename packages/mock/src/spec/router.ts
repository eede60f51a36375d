import type { HttpMethod, Operation } from "./operations.js";

export type RouteMatch =
  | { kind: "found"; operation: Operation; pathParams: Record<string, string> }
  | { kind: "method-not-allowed"; allowed: HttpMethod[] }
  | { kind: "not-found" };

interface Route {
  segments: readonly string[];
  literals: number;
  byMethod: Map<HttpMethod, Operation>;
}

/** Matches request paths to spec path templates; literal segments win over `{param}` ones. */
export class Router {
  readonly #bySegmentCount = new Map<number, Route[]>();

  constructor(operations: readonly Operation[]) {
    const routes = new Map<string, Route>();
    for (const operation of operations) {
      let route = routes.get(operation.path);
      if (!route) {
        const segments = split(operation.path);
        route = {
          segments,
          literals: segments.filter((s) => !s.startsWith("{")).length,
          byMethod: new Map(),
        };
        routes.set(operation.path, route);
        const bucket = this.#bySegmentCount.get(segments.length) ?? [];
        bucket.push(route);
        this.#bySegmentCount.set(segments.length, bucket);
      }
      route.byMethod.set(operation.method, operation);
    }
    for (const bucket of this.#bySegmentCount.values()) {
      bucket.sort((a, b) => b.literals - a.literals);
    }
  }

  match(method: string, pathname: string): RouteMatch {
    const segments = split(pathname);
    for (const route of this.#bySegmentCount.get(segments.length) ?? []) {
      const pathParams = bind(route.segments, segments);
      if (!pathParams) continue;
      const operation = route.byMethod.get(method as HttpMethod);
      if (operation) return { kind: "found", operation, pathParams };
      return { kind: "method-not-allowed", allowed: [...route.byMethod.keys()] };
    }
    return { kind: "not-found" };
  }
}

/** Klaviyo's own links end paths with "/", so a trailing slash is accepted. */
function split(path: string): string[] {
  return path.split("/").filter((segment) => segment.length > 0);
}

function bind(
  template: readonly string[],
  actual: readonly string[],
): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const expected = template[i] as string;
    const segment = actual[i] as string;
    if (expected.startsWith("{")) {
      let value: string;
      try {
        value = decodeURIComponent(segment);
      } catch {
        return undefined;
      }
      params[expected.slice(1, -1)] = value;
    } else if (expected !== segment) {
      return undefined;
    }
  }
  return params;
}
