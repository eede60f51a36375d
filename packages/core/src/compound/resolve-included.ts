/** A JSON:API resource as found in `data` and `included`. */
export interface JsonApiResource {
  type: string;
  id: string;
  relationships?: Record<string, { data?: ResourceIdentifier | ResourceIdentifier[] | null }>;
}

export interface ResourceIdentifier {
  type: string;
  id: string;
}

export interface IncludedResources {
  /** the included resource a `{ type, id }` identifier points at */
  get<R = JsonApiResource>(identifier: ResourceIdentifier): R | undefined;
  /** the included resources a relationship of `resource` points at (those the document included) */
  related<R = JsonApiResource>(resource: JsonApiResource, relationship: string): R[];
}

/** Indexes a compound document's `included[]` so relationships resolve in constant time. */
export function resolveIncluded(document: {
  included?: readonly unknown[] | null;
}): IncludedResources {
  const byKey = new Map<string, unknown>();
  for (const resource of document.included ?? []) {
    const { type, id } = resource as ResourceIdentifier;
    byKey.set(`${type}\u0000${id}`, resource);
  }
  const get = <R>(identifier: ResourceIdentifier) =>
    byKey.get(`${identifier.type}\u0000${identifier.id}`) as R | undefined;
  return {
    get,
    related<R>(resource: JsonApiResource, relationship: string): R[] {
      const data = resource.relationships?.[relationship]?.data;
      const identifiers = data ? (Array.isArray(data) ? data : [data]) : [];
      const found: R[] = [];
      for (const identifier of identifiers) {
        const included = get<R>(identifier);
        if (included !== undefined) found.push(included);
      }
      return found;
    },
  };
}
