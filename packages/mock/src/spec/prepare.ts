import { requiredFilterFields } from "@klaviyo-ts/spec-model";
import type { FilterGrammar, Operation, SpecParameter } from "./operations.js";
import { deref, type RefResolver, type Schema } from "../schema/types.js";

export interface PreparedBody {
  schema?: Schema;
  required: boolean;
  /** multipart uploads are accepted without validation: only JSON bodies are checked. */
  json: boolean;
}

/** What validation and answering need of an operation, derived once on its first request. */
export interface PreparedOperation {
  readonly query: ReadonlyMap<string, SpecParameter>;
  /** Path parameters whose schema can refuse a string; `{ type: "string" }` ones cannot. */
  readonly constrainedPath: readonly SpecParameter[];
  readonly headers: readonly SpecParameter[];
  readonly body?: PreparedBody;
  readonly successStatus: number;
  readonly successSchema?: Schema;
  readonly filters?: FilterGrammar;
  /** Filter fields Klaviyo refuses a request without (get_campaigns: messages.channel). */
  readonly requiredFilterFields: readonly string[];
  readonly defaultPageSize: number;
}

const JSON_TYPES = ["application/vnd.api+json", "application/json"];

/** Keywords by which a path parameter's schema can refuse a segment (any segment is a string). */
const STRING_CONSTRAINTS = ["enum", "pattern", "format", "minLength", "maxLength"] as const;

function jsonSchemaOf(
  content: Record<string, { schema?: Schema }> | undefined,
): Schema | undefined {
  for (const type of JSON_TYPES) {
    const schema = content?.[type]?.schema;
    if (schema) return schema;
  }
  return undefined;
}

export function prepareOperation(operation: Operation, resolve: RefResolver): PreparedOperation {
  const parameters = (operation.spec.parameters ?? []).map((p) =>
    "$ref" in p ? (resolve((p as { $ref: string }).$ref) as unknown as SpecParameter) : p,
  );
  const query = new Map(parameters.filter((p) => p.in === "query").map((p) => [p.name, p]));
  const constrainedPath = parameters.filter(
    (p) =>
      p.in === "path" &&
      p.schema !== undefined &&
      STRING_CONSTRAINTS.some((keyword) => keyword in deref(p.schema!, resolve)),
  );
  const headers = parameters.filter(
    (p) => p.in === "header" && p.name.toLowerCase() !== "revision",
  );
  const successCode = Object.keys(operation.spec.responses).find((code) => /^2\d\d$/.test(code));
  const success = successCode ? operation.spec.responses[successCode] : undefined;
  const requestBody = operation.spec.requestBody;
  const bodySchema = jsonSchemaOf(requestBody?.content);
  const pageSize = query.get("page[size]")?.schema?.default;
  return {
    query,
    constrainedPath,
    headers,
    ...(requestBody
      ? {
          body: {
            schema: bodySchema,
            required: requestBody.required === true,
            json: Boolean(bodySchema),
          },
        }
      : {}),
    successStatus: successCode ? Number(successCode) : 200,
    successSchema: jsonSchemaOf(success?.content),
    ...(operation.filters ? { filters: operation.filters } : {}),
    defaultPageSize: typeof pageSize === "number" ? pageSize : 20,
    requiredFilterFields: requiredFilterFields(operation.id),
  };
}
