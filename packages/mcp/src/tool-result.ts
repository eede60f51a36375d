import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

type Json = Record<string, unknown>;

/** Answers longer than this are cut to the items that fit: a model's context window is shared. */
export const DEFAULT_MAX_RESULT_CHARS = 50_000;

/**
 * A JSON:API document as a tool result sized for a context window: the per-resource `links` and
 * relationship links dropped (the model acts on ids, not on URLs), the next page's cursor stated in
 * words, and a listing cut to the items that fit `maxChars`, saying so.
 */
export function documentResult(
  toolName: string,
  document: unknown,
  maxChars: number,
  scrub: (text: string) => string,
): CallToolResult {
  if (!isObject(document)) {
    return text(scrub(document === undefined ? "Done (no content)." : JSON.stringify(document)));
  }
  const next = nextCursor(document);
  const data = document.data;
  const body: Json = {
    data: Array.isArray(data) ? data.map(compactResource) : compactResource(data),
  };
  if (Array.isArray(document.included)) body.included = document.included.map(compactResource);
  if (isObject(document.meta)) body.meta = document.meta;
  const notes: string[] = [];
  let json = JSON.stringify(body);
  if (json.length > maxChars && Array.isArray(body.data)) {
    const items = body.data as unknown[];
    delete body.included;
    let kept = items.length;
    while (kept > 1 && JSON.stringify({ ...body, data: items.slice(0, kept) }).length > maxChars) {
      kept = Math.floor(kept / 2);
    }
    body.data = items.slice(0, kept);
    json = JSON.stringify(body);
    notes.push(
      `Cut to ${kept} of ${items.length} items to fit the context window (included resources dropped); ` +
        "ask for fewer fields or a smaller page_size.",
    );
  }
  if (json.length > maxChars) {
    json = json.slice(0, maxChars);
    notes.push("Cut at the size limit: ask for fewer fields.");
  }
  if (Array.isArray(data)) {
    notes.unshift(
      next
        ? `${data.length} items. More pages: call ${toolName} again with page_cursor "${next}".`
        : `${data.length} items. This is the last page.`,
    );
  }
  return text(scrub([...notes, json].join("\n")));
}

/** A failed call as a tool error (the model sees it and can correct itself), secrets scrubbed. */
export function errorResult(error: unknown, scrub: (text: string) => string): CallToolResult {
  return { ...text(scrub(JSON.stringify(describeError(error)))), isError: true };
}

function describeError(error: unknown): Json {
  if (!(error instanceof Error)) return { error: "Error", message: String(error) };
  const described: Json = { error: error.name, message: error.message };
  const fields = error as Error & {
    status?: unknown;
    errors?: unknown;
    requiredScopes?: unknown;
    retryAfterMs?: unknown;
  };
  if (typeof fields.status === "number") described.status = fields.status;
  if (Array.isArray(fields.errors)) {
    // Klaviyo's detail, title, code and the offending parameter: what a model needs to retry well.
    described.errors = fields.errors.filter(isObject).map((e) => ({
      ...(e.code !== undefined ? { code: e.code } : {}),
      ...(e.title !== undefined ? { title: e.title } : {}),
      ...(e.detail !== undefined ? { detail: e.detail } : {}),
      ...(e.source !== undefined ? { source: e.source } : {}),
    }));
  }
  if (Array.isArray(fields.requiredScopes) && fields.requiredScopes.length > 0) {
    described.requiredScopes = fields.requiredScopes;
  }
  if (typeof fields.retryAfterMs === "number") described.retryAfterMs = fields.retryAfterMs;
  return described;
}

/** Klaviyo paginates with `links.next`, whose `page[cursor]` is what the tool takes back. */
function nextCursor(document: Json): string | undefined {
  const links = document.links;
  const next = isObject(links) ? links.next : undefined;
  if (typeof next !== "string" || next === "") return undefined;
  try {
    return new URL(next).searchParams.get("page[cursor]") ?? undefined;
  } catch {
    return undefined;
  }
}

function compactResource(resource: unknown): unknown {
  if (!isObject(resource)) return resource;
  const { links: _links, relationships, ...rest } = resource;
  if (!isObject(relationships)) return rest;
  const linked: Json = {};
  for (const [name, relationship] of Object.entries(relationships)) {
    if (isObject(relationship) && relationship.data !== undefined) linked[name] = relationship.data;
  }
  return Object.keys(linked).length > 0 ? { ...rest, relationships: linked } : rest;
}

function text(value: string): CallToolResult {
  return { content: [{ type: "text", text: value }] };
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Replaces every occurrence of a secret, however a message came to carry it. */
export function scrubber(secrets: readonly string[]): (text: string) => string {
  const present = secrets.filter((secret) => secret.length > 0);
  return (text) => present.reduce((out, secret) => out.split(secret).join("[redacted]"), text);
}
