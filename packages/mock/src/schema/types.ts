/** The subset of OpenAPI 3.0 schema objects Klaviyo's specs use. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: readonly unknown[];
  nullable?: boolean;
  required?: readonly string[];
  properties?: Readonly<Record<string, Schema>>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  oneOf?: readonly Schema[];
  anyOf?: readonly Schema[];
  allOf?: readonly Schema[];
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  maxProperties?: number;
  minLength?: number;
  maxLength?: number;
  default?: unknown;
  example?: unknown;
  readOnly?: boolean;
}

/** Resolves local `#/...` references against the whole spec document. */
export type RefResolver = (ref: string) => Schema;

export function createRefResolver(document: unknown): RefResolver {
  const cache = new Map<string, Schema>();
  return (ref) => {
    const hit = cache.get(ref);
    if (hit) return hit;
    if (!ref.startsWith("#/")) throw new Error(`Only local $refs are supported, got ${ref}`);
    let node: unknown = document;
    for (const raw of ref.slice(2).split("/")) {
      const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
      node = (node as Record<string, unknown> | undefined)?.[key];
    }
    if (node === undefined) throw new Error(`Unresolvable $ref ${ref}`);
    cache.set(ref, node as Schema);
    return node as Schema;
  };
}

/** Follows $ref chains; `nullable` next to a $ref is Klaviyo's way of making a referenced schema nullable. */
export function deref(schema: Schema, resolve: RefResolver): Schema {
  let current = schema;
  while (current.$ref) current = resolve(current.$ref);
  return current;
}
