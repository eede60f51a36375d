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

type Element<T> = T extends readonly (infer E)[] ? E : T;
/** The resources a document's `included[]` holds; plain JSON:API resources for an untyped one. */
type IncludedOf<D> = D extends { included?: infer I }
  ? unknown extends I
    ? JsonApiResource
    : Element<NonNullable<I>>
  : JsonApiResource;
type RelationshipsOf<R> = R extends { relationships?: infer Rel } ? NonNullable<Rel> : never;
/** The resource types the linkage of relationship N of R points at. */
type LinkedType<R, N extends string> =
  Element<
    NonNullable<
      NonNullable<RelationshipsOf<R>[N & keyof RelationshipsOf<R>]> extends { data?: infer L }
        ? L
        : never
    >
  > extends { type: infer T }
    ? T
    : string;
/**
 * The included resources of type T: none when the document's resources are typed and none is a T
 * (a relationship the call did not include), all of them when their type is a plain string.
 */
type OfType<Included, T> = [Extract<Included, { type: T }>] extends [never]
  ? Included extends { type: infer Types }
    ? string extends Types
      ? Included
      : never
    : never
  : Extract<Included, { type: T }>;

/** A resource whose relationships `related` can follow. */
type Linking = { relationships?: object | undefined };

/**
 * An index of a compound document's `included[]`, typed by the document: `related(doc.data,
 * "lists")` accepts only the relationships the resource declares and returns the included
 * resources of the type that relationship links to.
 */
export interface IncludedResources<Included = JsonApiResource> {
  /** the included resource a `{ type, id }` identifier points at */
  get<T extends string>(identifier: { type: T; id: string }): OfType<Included, T> | undefined;
  /** the included resources a relationship of `resource` points at (those the document included) */
  // The bound spelt out, not aliased, so a wrong name's error lists the names the resource has.
  related<R extends Linking, N extends keyof RelationshipsOf<R> & string>(
    resource: R,
    relationship: N,
  ): OfType<Included, LinkedType<R, N>>[];
}

/** Indexes a compound document's `included[]` so relationships resolve in constant time. */
export function resolveIncluded<D extends { included?: readonly unknown[] | null | undefined }>(
  document: D,
): IncludedResources<IncludedOf<D>> {
  const byKey = new Map<string, unknown>();
  for (const resource of document.included ?? []) {
    const { type, id } = resource as ResourceIdentifier;
    byKey.set(`${type}\u0000${id}`, resource);
  }
  const get = (identifier: ResourceIdentifier) =>
    byKey.get(`${identifier.type}\u0000${identifier.id}`);
  return {
    get,
    related(resource: Linking, relationship: string) {
      const relationships = resource.relationships as JsonApiResource["relationships"];
      const data = relationships?.[relationship]?.data;
      const identifiers = data ? (Array.isArray(data) ? data : [data]) : [];
      const found: unknown[] = [];
      for (const identifier of identifiers) {
        const included = get(identifier);
        if (included !== undefined) found.push(included);
      }
      return found;
    },
  } as IncludedResources<IncludedOf<D>>;
}
