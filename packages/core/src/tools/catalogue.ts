import type { CallOptions } from "../client/options.js";
import { KlaviyoError } from "../errors/klaviyo-error.js";
import type { KlaviyoClientBase } from "../operation/define-operation.js";
import type { HttpMethod, OperationMeta, RateLimit } from "../operation/meta.js";

/** A JSON Schema (draft 2020-12) as plain data. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/**
 * One generated row of a tool catalogue, data only: what the model sees besides the operation's
 * metadata, and how each argument maps onto the operation's parameters.
 */
export interface ToolData {
  /** the operationId: at most 64 characters of [a-z0-9_] */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  /** the spec's tags, for selecting tools by tag */
  readonly tags: readonly string[];
  /**
   * argument name -> the operation's parameter name (`fields_profile` -> `fields[profile]`, `id` ->
   * `id`, `body` -> `body`)
   */
  readonly params: Readonly<Record<string, string>>;
  readonly properties: Readonly<Record<string, JsonSchema>>;
  readonly required: readonly string[];
  /** names of the catalogue's shared definitions this tool's schema references */
  readonly defs: readonly string[];
  /**
   * Arguments that keep an answer small enough for a context window (a page size, the resource's
   * top-level sparse fieldset); a caller's own argument wins.
   */
  readonly compact?: Readonly<Record<string, unknown>>;
}

/** What a tool needs of an operation function: its metadata, and calling it. */
export interface ToolOperation {
  readonly meta: OperationMeta;
  (client: KlaviyoClientBase, params: never, options?: CallOptions): Promise<unknown>;
}

/** MCP's tool annotations (https://modelcontextprotocol.io/specification/2025-06-18/server/tools). */
export interface ToolAnnotations {
  readonly title: string;
  readonly readOnlyHint: boolean;
  readonly destructiveHint: boolean;
  readonly idempotentHint: boolean;
  readonly openWorldHint: true;
}

/** One Klaviyo operation as a JSON-Schema tool, usable with any LLM SDK. */
export interface KlaviyoTool {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly inputSchema: JsonSchema;
  readonly annotations: ToolAnnotations;
  readonly tags: readonly string[];
  readonly method: HttpMethod;
  readonly path: string;
  readonly scopes: readonly string[];
  readonly rateLimit: RateLimit;
  readonly paginated: boolean;
  /** see {@link ToolData.compact} */
  readonly compact: Readonly<Record<string, unknown>>;
  /**
   * Calls the operation with the model's arguments, through the client's runtime (pacing,
   * retries, redaction). Resolves to the JSON:API document; throws core's typed errors.
   */
  call(
    client: KlaviyoClientBase,
    args?: Readonly<Record<string, unknown>>,
    options?: CallOptions,
  ): Promise<unknown>;
}

/** The arguments of a tool call could not be mapped onto the operation: nothing was sent. */
export class KlaviyoToolArgumentError extends KlaviyoError {
  static override readonly brand: string = "KlaviyoToolArgumentError";
}

const DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

/**
 * The tools of a generated catalogue. Definitions are shared between tools in the generated data
 * (a body schema's components recur across operations) and bundled into each tool's `$defs` here,
 * so every inputSchema stands alone.
 */
export function defineTools(
  defs: Readonly<Record<string, JsonSchema>>,
  rows: readonly (readonly [ToolData, ToolOperation])[],
): readonly KlaviyoTool[] {
  return rows.map(([data, operation]) => defineTool(defs, data, operation));
}

function defineTool(
  defs: Readonly<Record<string, JsonSchema>>,
  data: ToolData,
  operation: ToolOperation,
): KlaviyoTool {
  const { meta } = operation;
  const inputSchema: JsonSchema = {
    $schema: DRAFT_2020_12,
    type: "object",
    properties: data.properties,
    ...(data.required.length > 0 ? { required: data.required } : {}),
    additionalProperties: false,
    ...(data.defs.length > 0
      ? { $defs: Object.fromEntries(data.defs.map((name) => [name, defs[name]])) }
      : {}),
  };
  return {
    name: data.name,
    title: data.title,
    description: data.description,
    inputSchema,
    annotations: annotationsOf(meta.method, data.title),
    tags: data.tags,
    method: meta.method,
    path: meta.path,
    scopes: meta.scopes,
    rateLimit: meta.rateLimit,
    paginated: meta.paginated === true,
    compact: data.compact ?? {},
    // async, so that a refused argument is a rejection like every other failure of a call
    call: async (client, args = {}, options) =>
      operation(client, paramsOf(data, args) as never, options),
  };
}

/**
 * By method, as HTTP defines them (RFC 9110 §9.2.2): GET reads; PUT, PATCH (Klaviyo's PATCH sets
 * the attributes it is given) and DELETE leave the same state when repeated; only DELETE removes.
 */
function annotationsOf(method: HttpMethod, title: string): ToolAnnotations {
  return {
    title,
    readOnlyHint: method === "GET",
    destructiveHint: method === "DELETE",
    idempotentHint: method !== "POST",
    openWorldHint: true,
  };
}

function paramsOf(
  data: ToolData,
  args: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  if (typeof args !== "object" || args === null || Array.isArray(args)) {
    throw new KlaviyoToolArgumentError(`${data.name}: arguments must be an object`);
  }
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined) continue;
    const param = Object.hasOwn(data.params, name) ? data.params[name] : undefined;
    if (param === undefined) {
      throw new KlaviyoToolArgumentError(`${data.name} has no argument "${name}"`);
    }
    params[param] = value;
  }
  return params;
}
