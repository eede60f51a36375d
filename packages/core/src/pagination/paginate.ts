import { DEFAULT_BASE_URL } from "../client/base-url.js";
import { hasDotSegment } from "../client/request-builder.js";
import type { OutgoingRequest, Runtime } from "../client/runtime.js";
import { contextOf } from "../errors/request-error.js";
import { KlaviyoInvalidResponseError } from "../errors/transport-errors.js";
import { documentOf } from "../operation/document.js";

export interface PageOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface ItemOptions extends PageOptions {
  /** stop after this many items, without fetching further pages */
  maxItems?: number;
}

/**
 * Pages of a collection, following `links.next`: each page is requested as `first` is, at the next
 * link's URL. Holds one page at a time (and the URLs already fetched, so a server that repeats a
 * next link or alternates two cursors is caught, not followed forever).
 */
export async function* paginatePages(
  runtime: Runtime,
  first: OutgoingRequest,
): AsyncGenerator<unknown, void, undefined> {
  const { endpoint } = first;
  const seen = new Set<string>();
  let url: string | undefined = first.url;
  while (url !== undefined) {
    seen.add(pageKey(url));
    const received = await runtime.send({ ...first, url });
    const document = documentOf(received, endpoint, runtime.notFoundHint);
    const invalid = (problem: string) =>
      new KlaviyoInvalidResponseError(contextOf(endpoint), received.response.status, problem);
    // A page without its data[] would end iteration quietly, as if the collection ended there.
    const data = (document as { data?: unknown } | undefined)?.data;
    if (!Array.isArray(data)) {
      throw invalid("a page without data[]");
    }
    yield document;
    url = nextUrl(document, runtime.baseUrl, invalid);
    if (url !== undefined && seen.has(pageKey(url))) {
      throw invalid("links.next repeats a page");
    }
  }
}

/**
 * What identifies a page: its path and `page[cursor]`, the position Klaviyo pages by. A server that
 * adds a fresh parameter to each link, or reorders them, would otherwise never repeat a URL while
 * serving the same page forever. Without a cursor, the path and the sorted query.
 */
function pageKey(url: string): string {
  const { pathname, searchParams } = new URL(url);
  const cursor = searchParams.get("page[cursor]");
  if (cursor !== null) return `${pathname} ${cursor}`;
  searchParams.sort();
  return `${pathname}?${searchParams}`;
}

/** Items of every page's `data[]`, up to `maxItems`. */
export async function* paginateItems(
  pages: AsyncIterable<unknown>,
  maxItems = Infinity,
): AsyncGenerator<unknown, void, undefined> {
  if (maxItems <= 0) return;
  let count = 0;
  for await (const page of pages) {
    for (const item of (page as { data: unknown[] }).data) {
      yield item;
      if (++count >= maxItems) return;
    }
  }
}

/**
 * `links.next`, moved onto the client's baseUrl. Klaviyo writes it as its own absolute URL; a gateway
 * in front of Klaviyo at `<host>/klaviyo` passes it on as it is, or rewritten to its own host, with
 * or without its prefix. Either way the path below /api and the query are carried onto the baseUrl,
 * so the next page goes where the first did. Any other origin is refused without being fetched: the
 * request would carry the key there.
 */
function nextUrl(
  document: unknown,
  baseUrl: string,
  invalid: (problem: string) => KlaviyoInvalidResponseError,
): string | undefined {
  const next = (document as { links?: { next?: unknown } }).links?.next;
  if (next === undefined || next === null || next === "") return undefined;
  const base = new URL(baseUrl);
  let url: URL | undefined;
  try {
    url = typeof next === "string" ? new URL(next, base) : undefined;
  } catch {
    // reported below, as any other link that is not a URL
  }
  if (!url) throw invalid("links.next is not a URL");
  // The default base URL is an origin already (no path, no trailing slash).
  if (url.origin !== base.origin && url.origin !== DEFAULT_BASE_URL) {
    throw invalid(`not following links.next to another origin: ${url.origin}`);
  }
  // What the baseUrl (an href without a trailing slash) has after its origin: a gateway's path.
  const prefix = baseUrl.slice(base.origin.length);
  const path =
    prefix && url.origin === base.origin && url.pathname.startsWith(`${prefix}/api/`)
      ? url.pathname.slice(prefix.length)
      : url.pathname;
  if (!path.startsWith("/api/")) throw invalid("links.next is not below /api/");
  // URL parsing resolved plain dot segments already; encoded ones would reach the server.
  if (hasDotSegment(path)) throw invalid("links.next has a . or .. segment");
  return baseUrl + path + url.search;
}
