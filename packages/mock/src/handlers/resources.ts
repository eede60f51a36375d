import { invalid, MockApiError, notFound, type MockResponse } from "../http/response.js";
import { matchesFilter } from "../request/filter-match.js";
import { sortedBy } from "../request/sort.js";
import { deref, type Schema } from "../schema/types.js";
import { mergeAllOf } from "../schema/generate.js";
import { deriveId, virtualProfileId } from "../state/ids.js";
import type { StoredResource } from "../state/resources.js";
import type { Handler, HandlerContext } from "./context.js";
import { overlay, paginate, resourceSchema, single, type Resource } from "./documents.js";
import { membersAnswer } from "./members.js";

interface Collection {
  type: string;
  /**
   * Catalog ids are `{integration_type}:::{catalog_type}:::{external_id}`, so creating one twice
   * is a conflict (https://developers.klaviyo.com/en/reference/create_catalog_item).
   */
  catalogId?: boolean;
}

/** The collections kept in state by the generic handlers below, by their path segment. */
const COLLECTIONS: Readonly<Record<string, Collection>> = {
  "catalog-items": { type: "catalog-item", catalogId: true },
  "catalog-variants": { type: "catalog-variant", catalogId: true },
  "catalog-categories": { type: "catalog-category", catalogId: true },
  tags: { type: "tag" },
  "tag-groups": { type: "tag-group" },
  templates: { type: "template" },
  campaigns: { type: "campaign" },
  webhooks: { type: "webhook" },
  segments: { type: "segment" },
};

const SEGMENT_BY_TYPE = new Map(Object.entries(COLLECTIONS).map(([seg, c]) => [c.type, seg]));
const CHANNELS = ["email", "sms", "mobile_push"];
/** Seeded segment i holds this many seeded profiles (from index i * SEGMENT_SIZE). */
const SEGMENT_SIZE = 10;
const TIMESTAMPS = ["created", "created_at", "updated", "updated_at"];

type Route =
  | { kind: "collection"; seg: string }
  | { kind: "item"; seg: string }
  | { kind: "related"; seg: string }
  | { kind: "relationship"; seg: string; name: string };

function routeOf(path: string): Route | undefined {
  const parts = path.split("/").filter(Boolean);
  const seg = parts[1];
  if (parts[0] !== "api" || !seg || !Object.hasOwn(COLLECTIONS, seg)) return undefined;
  if (parts.length === 2) return { kind: "collection", seg };
  if (parts[2] !== "{id}") return undefined;
  if (parts.length === 3) return { kind: "item", seg };
  if (parts.length === 4) return { kind: "related", seg };
  if (parts.length === 5 && parts[3] === "relationships") {
    return { kind: "relationship", seg, name: parts[4] as string };
  }
  return undefined;
}

function typeEnum(ctx: HandlerContext): string | undefined {
  const type = deref(
    mergeAllOf(resourceSchema(ctx), ctx.resolve).properties?.type ?? {},
    ctx.resolve,
  );
  return typeof type.enum?.[0] === "string" ? type.enum[0] : undefined;
}

function isCollectionAnswer(ctx: HandlerContext): boolean {
  const document = mergeAllOf(ctx.prepared.successSchema ?? {}, ctx.resolve);
  return mergeAllOf(document.properties?.data ?? {}, ctx.resolve).type === "array";
}

/** Generated attributes for a new resource, from the schema its GET answers with. */
function baseAttributes(ctx: HandlerContext, seg: string, key: string): Record<string, unknown> {
  const getOne = ctx.catalog.operations.find(
    (op) => op.method === "GET" && op.path === `/api/${seg}/{id}`,
  );
  if (!getOne) return {};
  const document = mergeAllOf(ctx.catalog.prepared(getOne).successSchema ?? {}, ctx.resolve);
  const generated = ctx.generate(document.properties?.data ?? {}, seg, "base", key) as Resource;
  return { ...(generated.attributes ?? {}) };
}

function catalogIdOf(attributes: Record<string, unknown>): string {
  const integration = attributes.integration_type ?? "$custom";
  const catalog = attributes.catalog_type ?? "$default";
  return `${String(integration)}:::${String(catalog)}:::${String(attributes.external_id)}`;
}

/** A type's table, filled with its seeded resources on first use. */
function tableOf(ctx: HandlerContext, seg: string): Map<string, StoredResource> {
  const collection = COLLECTIONS[seg] as Collection;
  const seeded = ctx.store.resources.has(collection.type);
  const table = ctx.store.resources.table(collection.type);
  if (seeded) return table;
  for (let i = 0; i < ctx.state.collectionSize; i++) {
    const attributes = baseAttributes(ctx, seg, `seeded-${i}`);
    if (collection.catalogId) attributes.external_id = `SEEDED-${i}`;
    const id = collection.catalogId
      ? catalogIdOf(attributes)
      : deriveId(ctx.seed, "seeded", collection.type, i);
    const filterValues: Record<string, unknown> = {};
    if (collection.type === "campaign") filterValues["messages.channel"] = CHANNELS[i % 3];
    if (collection.type === "segment") {
      const first = i * SEGMENT_SIZE;
      const joinedAt = ctx.store.timestamp();
      filterValues.members = new Map(
        Array.from({ length: SEGMENT_SIZE }, (_, k) => first + k)
          .filter((index) => index < ctx.state.profiles)
          .map((index) => [virtualProfileId(index), joinedAt]),
      );
    }
    table.set(id, {
      id,
      type: collection.type,
      attributes,
      relationships: new Map(),
      filterValues,
    });
  }
  return table;
}

/** The stored resource `id` of `seg`, if there is one. */
export function storedResource(
  ctx: HandlerContext,
  seg: string,
  id: string,
): StoredResource | undefined {
  return tableOf(ctx, seg).get(id);
}

function storedOf(ctx: HandlerContext, seg: string, id = ctx.pathParams.id ?? ""): StoredResource {
  const stored = tableOf(ctx, seg).get(id);
  if (!stored) throw notFound(`A ${COLLECTIONS[seg]?.type} with id ${id} does not exist.`);
  return stored;
}

/** A stored resource in the shape of `schema`: the operation's resource schema unless given. */
export function render(
  ctx: HandlerContext,
  stored: StoredResource,
  schema: Schema = resourceSchema(ctx),
): Resource {
  const resource = overlay(
    ctx,
    ctx.generate(schema, ctx.operation.id, "resource", stored.id) as Resource,
    stored.id,
    stored.attributes,
  );
  const relationships = resource.relationships as Record<string, { data?: unknown }> | undefined;
  for (const [name, rel] of stored.relationships) {
    const target = relationships?.[name];
    if (!target || !("data" in target)) continue;
    const data = [...rel.ids].map((id) => ({ type: rel.type, id }));
    target.data = Array.isArray(target.data) ? data : (data[0] ?? null);
  }
  return resource;
}

/** The stored type a filter's `category.id` names: catalog-category for a catalog item. */
function typeNamed(name: string): string | undefined {
  return [...SEGMENT_BY_TYPE.keys()].find((type) => type === name || type.endsWith(`-${name}`));
}

function readerOf(ctx: HandlerContext, stored: StoredResource): (field: string) => unknown {
  return (field) => {
    if (Object.hasOwn(stored.filterValues, field)) return stored.filterValues[field];
    if (field === "id" || field === "ids") return stored.id;
    const relationship = /^(.+)\.id$/.exec(field)?.[1];
    const type = relationship ? typeNamed(relationship) : undefined;
    if (type) return ctx.store.resources.related(stored, type);
    let value: unknown = stored.attributes;
    for (const part of field.split(".")) value = (value as Record<string, unknown> | null)?.[part];
    return value;
  };
}

function listOf(ctx: HandlerContext, items: StoredResource[]): MockResponse {
  const filter = ctx.query.filter;
  const selected = sortedBy(
    filter ? items.filter((item) => matchesFilter(filter, readerOf(ctx, item))) : items,
    ctx.query.sort,
    (item) => readerOf(ctx, item),
  );
  return paginate(ctx, selected.length, (i) => render(ctx, selected[i] as StoredResource));
}

type Linkage = { type: string; id: string };

function linkagesOf(data: unknown): Linkage[] {
  if (!data) return [];
  return (Array.isArray(data) ? data : [data]) as Linkage[];
}

function setRelationships(stored: StoredResource, relationships: unknown): void {
  if (!relationships || typeof relationships !== "object") return;
  for (const [name, value] of Object.entries(relationships as Record<string, { data?: unknown }>)) {
    const linkages = linkagesOf(value?.data);
    const type = linkages[0]?.type;
    if (!type) continue;
    stored.relationships.set(name, { type, ids: new Set(linkages.map((l) => l.id)) });
  }
}

function touch(ctx: HandlerContext, stored: StoredResource, created: boolean): void {
  const now = ctx.store.timestamp();
  for (const name of TIMESTAMPS) {
    if (!(name in stored.attributes)) continue;
    if (created || name.startsWith("updated")) stored.attributes[name] = now;
  }
}

function channelOf(attributes: Record<string, unknown>): unknown {
  const messages = attributes["campaign-messages"] as { data?: unknown[] } | undefined;
  const first = messages?.data?.[0] as
    { attributes?: { channel?: unknown; definition?: { channel?: unknown } } } | undefined;
  return first?.attributes?.definition?.channel ?? first?.attributes?.channel;
}

/** A resource object of a create or update body: the single endpoints' `data`, or one of a job's. */
export interface ResourceInput {
  id?: string;
  attributes?: Record<string, unknown>;
  relationships?: unknown;
}

/** Creates a resource in `seg`'s table; a catalog id that is taken is a 409, as Klaviyo answers. */
export function createResource(
  ctx: HandlerContext,
  seg: string,
  data: ResourceInput | undefined,
): StoredResource {
  const collection = COLLECTIONS[seg] as Collection;
  const table = tableOf(ctx, seg);
  const given: Record<string, unknown> = { ...(data?.attributes ?? {}) };
  const id = collection.catalogId ? catalogIdOf(given) : ctx.store.newId(collection.type);
  if (table.has(id)) {
    throw new MockApiError({
      status: 409,
      code: "conflict",
      detail: `A ${collection.type} with id ${id} already exists.`,
      source: { pointer: "/data/attributes/external_id" },
    });
  }
  const attributes = { ...baseAttributes(ctx, seg, id), ...given };
  const stored: StoredResource = {
    id,
    type: collection.type,
    attributes,
    relationships: new Map(),
    filterValues: {},
  };
  if (collection.type === "campaign") {
    stored.filterValues["messages.channel"] = channelOf(given) ?? "email";
    delete attributes["campaign-messages"];
  }
  setRelationships(stored, data?.relationships);
  touch(ctx, stored, true);
  table.set(id, stored);
  return stored;
}

/** Writes the given attributes and relationships over the stored resource `id` (404 if none). */
export function updateResource(
  ctx: HandlerContext,
  seg: string,
  id: string,
  data: ResourceInput | undefined,
): StoredResource {
  const stored = storedOf(ctx, seg, id);
  for (const [name, value] of Object.entries(data?.attributes ?? {})) {
    if (value !== undefined) stored.attributes[name] = value;
  }
  setRelationships(stored, data?.relationships);
  touch(ctx, stored, false);
  return stored;
}

/** Deletes the stored resource `id` (404 if none). */
export function deleteResource(ctx: HandlerContext, seg: string, id: string): void {
  tableOf(ctx, seg).delete(storedOf(ctx, seg, id).id);
}

function update(ctx: HandlerContext, seg: string): MockResponse {
  const id = ctx.pathParams.id ?? "";
  if (ctx.body?.data?.id !== id) {
    throw invalid("The id in the body must match the id in the path.", { pointer: "/data/id" });
  }
  return single(ctx, render(ctx, updateResource(ctx, seg, id, ctx.body?.data)), 200);
}

function related(ctx: HandlerContext, seg: string, name?: string): MockResponse | undefined {
  const stored = storedOf(ctx, seg);
  const type = typeEnum(ctx);
  if (!type) return undefined;
  if (type === "profile" && seg === "segments") {
    return membersAnswer(ctx, (stored.filterValues.members as Map<string, string>) ?? new Map());
  }
  const targetSeg = SEGMENT_BY_TYPE.get(type);
  const relationshipOnly = name !== undefined;
  if (!targetSeg && !relationshipOnly) return undefined;
  if (targetSeg) tableOf(ctx, targetSeg);
  const ids = ctx.store.resources.related(stored, type, name);
  const many = isCollectionAnswer(ctx);
  if (relationshipOnly || !targetSeg) {
    const data = ids.map((id) => ({ type, id }));
    return many ? paginate(ctx, data.length, (i) => data[i]) : linkageAnswer(ctx, data[0]);
  }
  const table = tableOf(ctx, targetSeg);
  const items = ids.map((id) => table.get(id)).filter((r): r is StoredResource => !!r);
  if (many) return listOf(ctx, items);
  const first = items[0];
  return first ? single(ctx, render(ctx, first)) : linkageAnswer(ctx, undefined);
}

function linkageAnswer(ctx: HandlerContext, data: Linkage | undefined): MockResponse {
  return {
    status: ctx.prepared.successStatus,
    body: { data: data ?? null, links: { self: ctx.url.toString() } },
  };
}

function relate(ctx: HandlerContext, seg: string, name: string): MockResponse {
  const stored = storedOf(ctx, seg);
  const linkages = linkagesOf(ctx.body?.data);
  const type = linkages[0]?.type;
  if (!type) return { status: 204 };
  const targetSeg = SEGMENT_BY_TYPE.get(type);
  if (targetSeg) {
    const table = tableOf(ctx, targetSeg);
    linkages.forEach((linkage, i) => {
      if (!table.has(linkage.id)) {
        throw invalid(`A ${type} with id ${linkage.id} does not exist.`, {
          pointer: `/data/${i}/id`,
        });
      }
    });
  }
  const ids = linkages.map((l) => l.id);
  if (ctx.operation.method === "DELETE") {
    ctx.store.resources.unlink(stored, type, ids);
    return { status: 204 };
  }
  if (ctx.operation.method === "PATCH") {
    ctx.store.resources.unlink(stored, type, ctx.store.resources.related(stored, type));
  }
  const rel = stored.relationships.get(name) ?? { type, ids: new Set<string>() };
  for (const id of ids) rel.ids.add(id);
  stored.relationships.set(name, rel);
  return { status: 204 };
}

/**
 * Create, read, update, delete, list (filter, sort, fieldsets, pages) and relationships for the
 * collections in COLLECTIONS; undefined for any other operation.
 */
export const resourceHandler: Handler = (ctx) => {
  const route = routeOf(ctx.operation.path);
  if (!route) return undefined;
  const { method } = ctx.operation;
  switch (route.kind) {
    case "collection":
      if (method === "POST") {
        return single(ctx, render(ctx, createResource(ctx, route.seg, ctx.body?.data)), 201);
      }
      return method === "GET" ? listOf(ctx, [...tableOf(ctx, route.seg).values()]) : undefined;
    case "item":
      if (method === "GET") return single(ctx, render(ctx, storedOf(ctx, route.seg)));
      if (method === "PATCH") return update(ctx, route.seg);
      if (method === "DELETE") {
        deleteResource(ctx, route.seg, ctx.pathParams.id ?? "");
        return { status: 204 };
      }
      return undefined;
    case "related":
      return method === "GET" ? related(ctx, route.seg) : undefined;
    case "relationship":
      return method === "GET"
        ? related(ctx, route.seg, route.name)
        : relate(ctx, route.seg, route.name);
  }
};
