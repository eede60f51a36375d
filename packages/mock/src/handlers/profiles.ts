import { MockApiError, invalid, notFound } from "../http/response.js";
import { matchesFilter } from "../request/filter-match.js";
import type { FilterNode } from "../request/filter.js";
import {
  virtualProfileEmail,
  virtualProfileId,
  virtualProfileIndex,
  virtualProfileIndexByEmail,
} from "../state/ids.js";
import type { Attributes, StoredProfile } from "../state/store.js";
import type { Handler, HandlerContext } from "./context.js";
import { generateResource, overlay, paginate, single, type Resource } from "./documents.js";

/** A profile as the client sees it: stored, or seeded item `index` of the virtual collection. */
export type ProfileRef = { stored: StoredProfile } | { index: number };

export function findProfile(ctx: HandlerContext, id: string): ProfileRef | undefined {
  const stored = ctx.store.profiles.get(id);
  if (stored) return { stored };
  const index = virtualProfileIndex(id);
  return index !== undefined && index < ctx.state.profiles ? { index } : undefined;
}

export function profileIdOf(ref: ProfileRef): string {
  return "stored" in ref ? ref.stored.id : virtualProfileId(ref.index);
}

/** Builds a profile resource in the shape of the current operation's response schema. */
export function profileResource(ctx: HandlerContext, ref: ProfileRef): Resource {
  if ("stored" in ref) {
    const { stored } = ref;
    const resource = generateResource(ctx, "profile", stored.id);
    return overlay(ctx, resource, stored.id, {
      ...stored.attributes,
      created: stored.created,
      updated: stored.updated,
    });
  }
  const id = virtualProfileId(ref.index);
  return overlay(ctx, generateResource(ctx, "profile", id), id, {
    email: virtualProfileEmail(ref.index),
  });
}

function duplicateOf(ctx: HandlerContext, email: unknown, except?: string): string | undefined {
  if (typeof email !== "string") return undefined;
  const stored = ctx.store.profileByEmail(email);
  if (stored && stored.id !== except) return stored.id;
  const index = virtualProfileIndexByEmail(email.toLowerCase());
  if (index !== undefined && index < ctx.state.profiles) {
    const id = virtualProfileId(index);
    return id !== except ? id : undefined;
  }
  return undefined;
}

function duplicateError(id: string): MockApiError {
  return new MockApiError({
    status: 409,
    code: "duplicate_profile",
    detail: "A profile already exists with one of these identifiers.",
    source: { pointer: "/data/attributes" },
    meta: { duplicate_profile_id: id },
  });
}

/** Attributes as stored: nulls clear a value, undefined leaves it alone. */
function attributesOf(ctx: HandlerContext): Attributes {
  return { ...(ctx.body?.data?.attributes ?? {}) };
}

export const createProfile: Handler = (ctx) => {
  const attributes = attributesOf(ctx);
  const duplicate = duplicateOf(ctx, attributes.email);
  if (duplicate) throw duplicateError(duplicate);
  const stored = ctx.store.createProfile(attributes);
  return single(ctx, profileResource(ctx, { stored }));
};

export const getProfile: Handler = (ctx) => {
  const ref = findProfile(ctx, ctx.pathParams.id ?? "");
  if (!ref) throw notFound(`A profile with id ${ctx.pathParams.id} does not exist.`);
  return single(ctx, profileResource(ctx, ref));
};

/** Seeded profiles become stored ones when first changed. */
function materialise(ctx: HandlerContext, ref: ProfileRef): StoredProfile {
  if ("stored" in ref) return ref.stored;
  const at = ctx.store.timestamp();
  const stored: StoredProfile = {
    id: virtualProfileId(ref.index),
    attributes: { email: virtualProfileEmail(ref.index) },
    created: at,
    updated: at,
  };
  ctx.store.profiles.set(stored.id, stored);
  ctx.store.updateProfile(stored, {});
  return stored;
}

export const updateProfile: Handler = (ctx) => {
  const id = ctx.pathParams.id ?? "";
  if (ctx.body?.data?.id !== id) {
    throw invalid("The id in the body must match the id in the path.", { pointer: "/data/id" });
  }
  const ref = findProfile(ctx, id);
  if (!ref) throw notFound(`A profile with id ${id} does not exist.`);
  const attributes = attributesOf(ctx);
  const duplicate = duplicateOf(ctx, attributes.email, id);
  if (duplicate) throw duplicateError(duplicate);
  const stored = materialise(ctx, ref);
  ctx.store.updateProfile(stored, attributes);
  return single(ctx, profileResource(ctx, { stored }));
};

export const createOrUpdateProfile: Handler = (ctx) => {
  const attributes = attributesOf(ctx);
  const id = ctx.body?.data?.id;
  const byId = typeof id === "string" ? findProfile(ctx, id) : undefined;
  if (typeof id === "string" && !byId) throw notFound(`A profile with id ${id} does not exist.`);
  const byEmail = duplicateOf(ctx, attributes.email);
  const existing = byId ?? (byEmail ? findProfile(ctx, byEmail) : undefined);
  if (existing) {
    const stored = materialise(ctx, existing);
    ctx.store.updateProfile(stored, attributes);
    return single(ctx, profileResource(ctx, { stored }), 200);
  }
  const stored = ctx.store.createProfile(attributes);
  return single(ctx, profileResource(ctx, { stored }), 201);
};

function readStored(profile: StoredProfile): (field: string) => unknown {
  return (field) =>
    field === "id"
      ? profile.id
      : field === "created"
        ? profile.created
        : field === "updated"
          ? profile.updated
          : profile.attributes[field];
}

/**
 * Seeded profiles a filter can select without scanning: `equals`/`any` on id or email pin down
 * indexes; any other filter only sees stored profiles.
 */
function seededIndexes(ctx: HandlerContext, filter: FilterNode | undefined): number[] | "all" {
  if (!filter) return "all";
  const conditions = filter.kind === "and" ? filter.children : [filter];
  for (const condition of conditions) {
    if (condition.kind !== "condition") continue;
    if (condition.field !== "id" && condition.field !== "email") continue;
    if (condition.operator !== "equals" && condition.operator !== "any") continue;
    const values = condition.value?.type === "list" ? condition.value.value : [condition.value];
    const indexes = values.map((v) => {
      if (v?.type !== "string") return undefined;
      return condition.field === "id"
        ? virtualProfileIndex(v.value)
        : virtualProfileIndexByEmail(v.value);
    });
    return indexes.filter((i): i is number => i !== undefined && i < ctx.state.profiles);
  }
  return [];
}

export const getProfiles: Handler = (ctx) => {
  const filter = ctx.query.filter;
  const stored = [...ctx.store.profiles.values()].filter(
    (p) =>
      virtualProfileIndex(p.id) === undefined && (!filter || matchesFilter(filter, readStored(p))),
  );
  const seeded = seededIndexes(ctx, filter);
  const seededCount = seeded === "all" ? ctx.state.profiles : seeded.length;
  return paginate(ctx, stored.length + seededCount, (i) => {
    if (i < stored.length) return profileResource(ctx, { stored: stored[i] as StoredProfile });
    const index = seeded === "all" ? i - stored.length : (seeded[i - stored.length] as number);
    return profileResource(ctx, findProfile(ctx, virtualProfileId(index)) as ProfileRef);
  });
};
