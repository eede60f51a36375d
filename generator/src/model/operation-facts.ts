import {
  resolveParameter,
  type OpenApiDocument,
  type OperationObject,
} from "@klaviyo-ts/spec-model";

/**
 * What core's `OperationFacts` says of an operation, read from the spec: generated operation types
 * state it instead of TypeScript reading it from the operation at each use, and the revision
 * package's type tests hold the two readings to one answer.
 */
export interface OperationFacts {
  /** the params a call must pass (requiredParams) */
  readonly requiredParams: readonly string[];
  /** the resource types of its sparse fieldsets: "profile" for `fields[profile]` */
  readonly fieldsets: readonly string[];
  /** the same of its additional fields: "profile" for `additional-fields[profile]` */
  readonly additionalFieldsets: readonly string[];
}

export function operationFacts(
  document: OpenApiDocument,
  operation: OperationObject,
): OperationFacts {
  const query = (operation.parameters ?? []).flatMap((raw) => {
    const parameter = resolveParameter(document, raw);
    return parameter?.in === "query" ? [parameter.name] : [];
  });
  const bracketed = (prefix: string) =>
    query
      .flatMap((name) => {
        const match = /^([a-z-]+)\[(.+)\]$/.exec(name);
        return match?.[1] === prefix && match[2] ? [match[2]] : [];
      })
      .sort();
  return {
    requiredParams: requiredParams(document, operation),
    fieldsets: bracketed("fields"),
    additionalFieldsets: bracketed("additional-fields"),
  };
}

/**
 * The params a call of the operation must pass, named as core's `RequiredParams` names them in
 * the params object: a required path or query parameter by its name, except that every `page[...]`
 * is under `page` and the sparse fieldsets and `company_id` (set by the client) are never required;
 * `headers` when a header besides `revision` is required; `body` when the request body is.
 */
export function requiredParams(document: OpenApiDocument, operation: OperationObject): string[] {
  const names = new Set<string>();
  for (const raw of operation.parameters ?? []) {
    const parameter = resolveParameter(document, raw);
    if (parameter?.required !== true) continue;
    const name = paramName(parameter.in, parameter.name);
    if (name) names.add(name);
  }
  if (operation.requestBody?.required === true) names.add("body");
  return [...names].sort();
}

function paramName(location: string, name: string): string | undefined {
  switch (location) {
    case "path":
      return name;
    case "header":
      return name.toLowerCase() === "revision" ? undefined : "headers";
    case "query":
      if (name.startsWith("page[")) return "page";
      if (/^(fields|additional-fields)\[/.test(name) || name === "company_id") return undefined;
      return name;
    default:
      return undefined;
  }
}
