import { invalid, notFound } from "../http/response.js";
import { deriveId } from "../state/ids.js";
import type { StoredList } from "../state/store.js";
import type { Handler, HandlerContext } from "./context.js";
import { generateResource, overlay, paginate, single, type Resource } from "./documents.js";
import { membersAnswer } from "./members.js";
import { findProfile, profileIdOf, type ProfileRef } from "./profiles.js";

function listResource(ctx: HandlerContext, list: StoredList): Resource {
  return overlay(ctx, generateResource(ctx, "list", list.id), list.id, {
    name: list.name,
    created: list.created,
    updated: list.updated,
  });
}

/** Seeded lists (after the stored ones in get_lists) have ids derived from their index. */
function seededListId(ctx: HandlerContext, index: number): string {
  return deriveId(ctx.seed, "seeded-list", index);
}

function storedList(ctx: HandlerContext): StoredList {
  const list = ctx.store.lists.get(ctx.pathParams.id ?? "");
  if (!list) throw notFound(`A list with id ${ctx.pathParams.id} does not exist.`);
  return list;
}

export const createList: Handler = (ctx) =>
  single(ctx, listResource(ctx, ctx.store.createList(String(ctx.body.data.attributes.name))));

export const getLists: Handler = (ctx) => {
  const stored = [...ctx.store.lists.values()];
  return paginate(ctx, stored.length + ctx.state.collectionSize, (i) => {
    const list = stored[i];
    if (list) return listResource(ctx, list);
    const id = seededListId(ctx, i - stored.length);
    return overlay(ctx, generateResource(ctx, "list", id), id);
  });
};

export const getList: Handler = (ctx) => {
  const list = ctx.store.lists.get(ctx.pathParams.id ?? "");
  return list ? single(ctx, listResource(ctx, list)) : undefined;
};

export const updateList: Handler = (ctx) => {
  const list = storedList(ctx);
  const name = ctx.body?.data?.attributes?.name;
  if (typeof name === "string") list.name = name;
  list.updated = ctx.store.timestamp();
  return single(ctx, listResource(ctx, list));
};

export const deleteList: Handler = (ctx) => {
  ctx.store.lists.delete(storedList(ctx).id);
  return { status: 204 };
};

function profileRefsOf(ctx: HandlerContext): ProfileRef[] {
  const data: { id: string }[] = ctx.body.data;
  return data.map((item, i) => {
    const ref = findProfile(ctx, item.id);
    if (!ref)
      throw invalid(`A profile with id ${item.id} does not exist.`, { pointer: `/data/${i}/id` });
    return ref;
  });
}

export const addProfilesToList: Handler = (ctx) => {
  const list = storedList(ctx);
  for (const ref of profileRefsOf(ctx)) ctx.store.joinList(list, profileIdOf(ref));
  return { status: 204 };
};

export const removeProfilesFromList: Handler = (ctx) => {
  const list = storedList(ctx);
  for (const item of ctx.body.data as { id: string }[]) list.members.delete(item.id);
  return { status: 204 };
};

/** get_profiles_for_list and get_profile_ids_for_list. */
export const getListMembers: Handler = (ctx) => membersAnswer(ctx, storedList(ctx).members);
