import { SpecError } from "./errors.js";
import { readFilterGrammar, type FilterGrammar } from "./filters.js";
import type { HttpMethod } from "./http.js";
import {
  eachOperation,
  type OpenApiDocument,
  type OperationObject,
  type ParameterObject,
} from "./openapi.js";
import { parseRateLimit, type RateLimit } from "./rate-limit.js";

/**
 * One operation of Klaviyo's spec with its x-klaviyo-* extensions read and their quirks applied:
 * what the generator emits, the API diff compares and the mock enforces. `operation` is the raw
 * spec object, for what the model does not interpret (parameters, bodies, responses).
 */
export interface SpecOperation {
  /** operationId, snake_case, e.g. "get_profiles" */
  readonly id: string;
  readonly method: HttpMethod;
  /** path template exactly as in the spec, e.g. "/api/profiles/{id}" */
  readonly path: string;
  readonly auth: "private" | "public";
  readonly rateLimit: RateLimit;
  /** x-klaviyo-scopes, in spec order */
  readonly scopes: readonly string[];
  /** takes a page[cursor] query parameter, so its responses carry links.next */
  readonly paginated: boolean;
  /** x-klaviyo-pre-release names a pre-release stage */
  readonly beta: boolean;
  /** x-klaviyo-filters, required fields marked; absent before revision 2026-04-15 */
  readonly filters?: FilterGrammar;
  /** x-klaviyo-operation-aliases: earlier operationIds still accepted as names, sorted */
  readonly aliases: readonly string[];
  readonly operation: OperationObject;
}

/** The operations of a document in spec order; throws SpecError on anything it cannot read. */
export function readOperations(document: OpenApiDocument): SpecOperation[] {
  const operations: SpecOperation[] = [];
  for (const { path, method, operation } of eachOperation(document)) {
    const upper = method.toUpperCase() as HttpMethod;
    const id = operation.operationId;
    if (typeof id !== "string" || id === "") {
      throw new SpecError(`${upper} ${path} has no operationId`);
    }
    const filters = readFilterGrammar(id, operation["x-klaviyo-filters"]);
    operations.push({
      id,
      method: upper,
      path,
      auth: authOf(id, path, operation),
      rateLimit: parseRateLimit(id, operation["x-klaviyo-ratelimit"]),
      scopes: strings(id, "x-klaviyo-scopes", operation["x-klaviyo-scopes"]),
      paginated: (operation.parameters ?? []).some((raw) => {
        // A cursor sent anywhere but the query string is not Klaviyo's cursor pagination.
        const parameter = resolveParameter(document, raw);
        return parameter?.in === "query" && parameter.name === "page[cursor]";
      }),
      beta: isPreRelease(operation["x-klaviyo-pre-release"]),
      ...(filters && { filters }),
      aliases: strings(
        id,
        "x-klaviyo-operation-aliases",
        operation["x-klaviyo-operation-aliases"],
      ).sort(),
      operation,
    });
  }
  return operations;
}

/**
 * Public operations take the public key (company_id) and no Authorization header. The rule is
 * the path: "All /client endpoints use a public API key"
 * (https://developers.klaviyo.com/en/docs/authenticate_), and the generator's company_id quirk and
 * core's auth placement key on it too. The spec says the same with `security: []` on exactly the
 * /client operations of every pinned revision; an operation whose explicit `security` says
 * otherwise is rejected rather than guessed at, so a future spec that splits the two is noticed.
 */
function authOf(id: string, path: string, operation: OperationObject): "private" | "public" {
  const auth = path.startsWith("/client/") ? "public" : "private";
  const security = operation.security;
  if (Array.isArray(security) && (security.length === 0) !== (auth === "public")) {
    throw new SpecError(
      `${id}: security ${JSON.stringify(security)} disagrees with its path ${path} (${auth})`,
    );
  }
  return auth;
}

/** "None" is how Klaviyo marks a released operation; any other stage name ("BETA") is pre-release. */
function isPreRelease(flag: unknown): boolean {
  return typeof flag === "string" && flag !== "None";
}

function strings(id: string, extension: string, raw: unknown): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw) || !raw.every((s) => typeof s === "string")) {
    throw new SpecError(`${id}: ${extension} is not a list of strings`);
  }
  return [...raw];
}

/**
 * A parameter, following one local `$ref` ("#/components/parameters/..."). Klaviyo's specs write
 * parameters inline today; a ref that does not resolve yields undefined.
 */
export function resolveParameter(
  document: OpenApiDocument,
  parameter: ParameterObject,
): ParameterObject | undefined {
  const ref = parameter.$ref;
  if (typeof ref !== "string") return parameter;
  const match = /^#\/components\/parameters\/(.+)$/.exec(ref);
  const target = match?.[1]
    ? (document.components?.parameters as Record<string, unknown> | undefined)?.[match[1]]
    : undefined;
  return target !== null && typeof target === "object" ? (target as ParameterObject) : undefined;
}
