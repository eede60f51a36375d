import { invalid } from "../http/response.js";
import type { MockResponse } from "../http/response.js";
import { mergeAllOf } from "../schema/generate.js";
import type { Schema } from "../schema/types.js";
import type { HandlerContext } from "./context.js";

export type Resource = Record<string, unknown> & {
  id?: unknown;
  attributes?: Record<string, unknown>;
};
export type Document = Record<string, unknown> & {
  data?: unknown;
  links?: unknown;
  included?: unknown;
};

/** The success document schema's `data` (a resource) or `data.items` (for collections). */
export function resourceSchema(ctx: HandlerContext): Schema {
  const document = mergeAllOf(ctx.prepared.successSchema ?? {}, ctx.resolve);
  const data = mergeAllOf(document.properties?.data ?? {}, ctx.resolve);
  return data.type === "array" ? (data.items ?? {}) : data;
}

export function generateDocument(
  ctx: HandlerContext,
  ...key: readonly (string | number)[]
): Document {
  const document = ctx.generate(
    ctx.prepared.successSchema ?? {},
    ctx.operation.id,
    "document",
    ...key,
  );
  return (document && typeof document === "object" ? document : {}) as Document;
}

export function generateResource(
  ctx: HandlerContext,
  ...key: readonly (string | number)[]
): Resource {
  return ctx.generate(resourceSchema(ctx), ctx.operation.id, "resource", ...key) as Resource;
}

/**
 * Writes stored values over a generated resource. Only attributes the response schema declares
 * are copied, so the document stays valid for the operation.
 */
export function overlay(
  ctx: HandlerContext,
  resource: Resource,
  id: string,
  attributes: Record<string, unknown> = {},
): Resource {
  resource.id = id;
  if (resource.attributes && typeof resource.attributes === "object") {
    for (const [name, value] of Object.entries(attributes)) {
      if (name in resource.attributes && value !== undefined) resource.attributes[name] = value;
    }
  }
  const links = resource.links as Record<string, unknown> | undefined;
  if (links && typeof links.self === "string" && typeof resource.type === "string") {
    links.self = `${ctx.url.origin}/api/${resource.type}s/${id}/`;
  }
  return resource;
}

export function single(ctx: HandlerContext, resource: Resource, status?: number): MockResponse {
  const document = generateDocument(ctx, String(resource.id ?? ""));
  document.data = resource;
  return { status: status ?? ctx.prepared.successStatus, body: document };
}

const CURSOR_PREFIX = "o:";

// Web APIs (btoa/atob), not Buffer: the handler also runs in browsers, behind MSW's setupWorker.
function encodeCursor(offset: number): string {
  return btoa(`${CURSOR_PREFIX}${offset}`)
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

function decodeCursor(cursor: string): number {
  let text = "";
  try {
    text = atob(cursor.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    // not base64: the check below rejects it like any other foreign cursor
  }
  const offset = text.startsWith(CURSOR_PREFIX) ? Number(text.slice(CURSOR_PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw invalid("Invalid page cursor.", { parameter: "page[cursor]" });
  }
  return offset;
}

function linkTo(ctx: HandlerContext, offset: number | undefined): string {
  const url = new URL(ctx.url);
  if (offset === undefined || offset === 0) url.searchParams.delete("page[cursor]");
  else url.searchParams.set("page[cursor]", encodeCursor(offset));
  return url.toString();
}

/**
 * One page of a collection of `total` items, built from `itemAt(index)` so that collections of any
 * size cost only the page being answered.
 */
export function paginate(
  ctx: HandlerContext,
  total: number,
  itemAt: (index: number) => unknown,
): MockResponse {
  const offset = ctx.query.cursor ? decodeCursor(ctx.query.cursor) : 0;
  const size = ctx.operation.paginated ? ctx.query.pageSize : total;
  const end = Math.min(total, offset + size);
  const data: unknown[] = [];
  for (let i = offset; i < end; i++) data.push(itemAt(i));
  const document = generateDocument(ctx, "page", offset);
  document.data = data;
  const links: Record<string, string> = { self: ctx.url.toString() };
  if (end < total) links.next = linkTo(ctx, end);
  if (offset > 0) links.prev = linkTo(ctx, Math.max(0, offset - size));
  if (document.links !== undefined || ctx.operation.paginated) document.links = links;
  return { status: ctx.prepared.successStatus, body: document };
}
