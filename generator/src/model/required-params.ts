import {
  resolveParameter,
  type OpenApiDocument,
  type OperationObject,
} from "@klaviyo-ts/spec-model";

/**
 * The params a call of the operation must pass, named as core's `RequiredParams` names them in
 * the params object: a required path or query parameter by its name, except that every `page[...]`
 * is under `page` and the sparse fieldsets and `company_id` (set by the client) are never required;
 * `headers` when a header besides `revision` is required; `body` when the request body is. The
 * generated operation types state this instead of TypeScript reading it at each use (core's
 * `OperationFacts`), and the revision package's type tests hold the two readings to one answer.
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
