import type { Endpoint } from "../client/endpoint.js";
import type { Runtime } from "../client/runtime.js";
import { KlaviyoError } from "../errors/klaviyo-error.js";
import { documentOf } from "../operation/document.js";

export interface PageOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface ItemOptions extends PageOptions {
  /** stop after this many items, without fetching further pages */
  maxItems?: number;
}

export interface PageRequest {
  endpoint: Endpoint;
  url: string;
  headers: Record<string, string> | undefined;
}

/** Pages of a collection, following `links.next`; holds one page at a time. */
export async function* paginatePages(
  runtime: Runtime,
  first: PageRequest,
  options: PageOptions = {},
): AsyncGenerator<unknown, void, undefined> {
  let url: string | undefined = first.url;
  while (url !== undefined) {
    const received = await runtime.send({
      endpoint: first.endpoint,
      url,
      headers: first.headers,
      signal: options.signal,
      timeoutMs: options.timeoutMs,
      parseJson: true,
    });
    const document = documentOf(received, first.endpoint);
    yield document;
    url = nextUrl(document, runtime.baseUrl);
  }
}

/** Items of every page's `data[]`, up to `maxItems`. */
export async function* paginateItems(
  pages: AsyncIterable<unknown>,
  maxItems = Infinity,
): AsyncGenerator<unknown, void, undefined> {
  if (maxItems <= 0) return;
  let count = 0;
  for await (const page of pages) {
    const data = (page as { data?: unknown } | undefined)?.data;
    if (!Array.isArray(data)) return;
    for (const item of data) {
      yield item;
      if (++count >= maxItems) return;
    }
  }
}

/** `links.next`, refused when it points anywhere but the client's own origin (a key must not follow it there). */
function nextUrl(document: unknown, baseUrl: string): string | undefined {
  const next = (document as { links?: { next?: unknown } } | undefined)?.links?.next;
  if (typeof next !== "string" || next === "") return undefined;
  const url = new URL(next, baseUrl);
  if (url.origin !== new URL(baseUrl).origin) {
    throw new KlaviyoError(`Refusing to follow links.next to another origin: ${url.origin}`);
  }
  return url.href;
}
