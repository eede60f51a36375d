/** A stored JSON:API resource of a kind the generic resource handlers keep (catalogs, tags, ...). */
export interface StoredResource {
  id: string;
  type: string;
  attributes: Record<string, unknown>;
  /** Relationship name -> the related resources' type and ids, in insertion order. */
  relationships: Map<string, { type: string; ids: Set<string> }>;
  /**
   * Values a filter reads that are not attributes (a campaign's `messages.channel` comes from its
   * messages, which are separate resources).
   */
  filterValues: Record<string, unknown>;
}

/** Resources by type, then id; a type's seeded items are created on its first use. */
export class ResourceTables {
  readonly #tables = new Map<string, Map<string, StoredResource>>();

  has(type: string): boolean {
    return this.#tables.has(type);
  }

  table(type: string): Map<string, StoredResource> {
    let table = this.#tables.get(type);
    if (!table) {
      table = new Map();
      this.#tables.set(type, table);
    }
    return table;
  }

  /** Ids of `type` related to `resource`, from either side of the relationship. */
  related(resource: StoredResource, type: string, name?: string): string[] {
    const ids = new Set<string>();
    for (const [relName, rel] of resource.relationships) {
      if (rel.type === type && (name === undefined || relName === name)) {
        for (const id of rel.ids) ids.add(id);
      }
    }
    for (const other of this.#tables.get(type)?.values() ?? []) {
      for (const rel of other.relationships.values()) {
        if (rel.type === resource.type && rel.ids.has(resource.id)) ids.add(other.id);
      }
    }
    return [...ids];
  }

  /** Removes the link between `resource` and each of `ids`, on whichever side it is stored. */
  unlink(resource: StoredResource, type: string, ids: readonly string[]): void {
    for (const rel of resource.relationships.values()) {
      if (rel.type === type) for (const id of ids) rel.ids.delete(id);
    }
    for (const id of ids) {
      for (const rel of this.#tables.get(type)?.get(id)?.relationships.values() ?? []) {
        if (rel.type === resource.type) rel.ids.delete(resource.id);
      }
    }
  }
}
