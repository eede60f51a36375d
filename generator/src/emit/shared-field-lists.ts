import {
  lowerHttpMethods,
  type OpenApiDocument,
  type ParameterObject,
  type PathItem,
} from "@klaviyo-ts/spec-model";
import { camelCase } from "../model/names.js";

const SPARSE_FIELDSET = /^(fields|additional-fields)\[([^\]]+)\]$/;

/**
 * The document with each sparse-fieldset parameter's schema (`fields[profile]`,
 * `additional-fields[profile]`) replaced by a `$ref` to one component schema per resource type and
 * list (`ProfileFields`, `ProfileAdditionalFields`; `ProfileFields2` for a second list of the same
 * type). Klaviyo's spec repeats a resource's field list inline in every operation that returns it:
 * in 2026-04-15, 294 lists of which 78 distinct, some 145 KB of the declarations every consumer's
 * type-check parses. Only the types are emitted from this copy: the tool catalogue reads the
 * normalised document, where the lists stay inline as JSON Schema needs them. A misspelt field's
 * error still lists the names it could be, since TypeScript prints the list a `$ref` resolves to.
 */
export function withSharedFieldLists(document: OpenApiDocument): OpenApiDocument {
  const schemas: Record<string, unknown> = { ...document.components?.schemas };
  const nameOfList = new Map<string, string>();
  const shared = (parameter: ParameterObject): ParameterObject => {
    const match = parameter.in === "query" ? SPARSE_FIELDSET.exec(parameter.name) : null;
    if (!match || !isEnumList(parameter.schema)) return parameter;
    // Keyed by parameter name too: `fields[conversation]` never refers to another type's list.
    const key = `${parameter.name} ${JSON.stringify(parameter.schema)}`;
    let name = nameOfList.get(key);
    if (name === undefined) {
      const base = `${pascalCase(match[2] ?? "")}${match[1] === "fields" ? "" : "Additional"}Fields`;
      name = base;
      for (let n = 2; name in schemas; n++) name = `${base}${n}`;
      schemas[name] = parameter.schema;
      nameOfList.set(key, name);
    }
    return { ...parameter, schema: { $ref: `#/components/schemas/${name}` } };
  };
  const paths: Record<string, PathItem> = {};
  for (const [path, item] of Object.entries(document.paths)) {
    const rewritten: PathItem = { ...item };
    for (const method of lowerHttpMethods) {
      const operation = item[method];
      if (operation?.parameters) {
        rewritten[method] = { ...operation, parameters: operation.parameters.map(shared) };
      }
    }
    paths[path] = rewritten;
  }
  return { ...document, paths, components: { ...document.components, schemas } };
}

function isEnumList(schema: unknown): boolean {
  const { type, items } = (schema ?? {}) as { type?: unknown; items?: { enum?: unknown } };
  return type === "array" && Array.isArray(items?.enum);
}

function pascalCase(name: string): string {
  const camel = camelCase(name);
  return camel.charAt(0).toUpperCase() + camel.slice(1);
}
