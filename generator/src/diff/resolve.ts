import type { OpenApiDocument } from "@klaviyo-ts/spec-model";

/** Follows local `$ref`s ("#/components/schemas/Foo"); a dangling or remote ref resolves to undefined. */
export type Resolver = <T extends { $ref?: string }>(node: T | undefined) => T | undefined;

const MAX_REF_HOPS = 32;

export function createResolver(spec: OpenApiDocument): Resolver {
  const lookup = (ref: string): unknown => {
    if (!ref.startsWith("#/")) return undefined;
    let node: unknown = spec;
    for (const raw of ref.slice(2).split("/")) {
      const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
      if (node === null || typeof node !== "object") return undefined;
      node = (node as Record<string, unknown>)[key];
    }
    return node;
  };
  return <T extends { $ref?: string }>(node: T | undefined): T | undefined => {
    let current: unknown = node;
    // A ref chain longer than this is a cycle of pure refs, which no valid spec has.
    for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
      if (current === null || typeof current !== "object") return undefined;
      const ref = (current as { $ref?: unknown }).$ref;
      if (typeof ref !== "string") return current as T;
      current = lookup(ref);
    }
    return undefined;
  };
}
