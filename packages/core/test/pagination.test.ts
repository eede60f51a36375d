import { describe, expect, test } from "vitest";
import { KlaviyoError, KlaviyoInvalidResponseError, KlaviyoNotFoundError } from "../src/index.js";
import { createKlaviyo, getProfiles } from "./fixtures/profiles-client.js";
import { apiErrors, fakeFetch, json } from "./helpers/fake-fetch.js";

const BASE = "https://a.klaviyo.com";

/** `pages` pages of `size` profiles; each links to the next through page[cursor]. */
function pagedFetch(pages: number, size: number, nextHost = BASE) {
  return fakeFetch((call) => {
    const url = new URL(call.url);
    const page = Number(url.searchParams.get("page[cursor]") ?? 0);
    const data = Array.from({ length: size }, (_, i) => ({
      type: "profile",
      id: `p${page * size + i}`,
    }));
    const next =
      page + 1 < pages ? `${nextHost}/api/profiles?sort=-created&page[cursor]=${page + 1}` : null;
    return json(200, { data, links: { self: call.url, next } });
  });
}

function klaviyoWith(fetch: ReturnType<typeof fakeFetch>) {
  return createKlaviyo({ apiKey: "pk_x", fetch, rateLimit: false, retry: false });
}

describe("pagination", () => {
  test(".all yields every item of every page in order, following links.next", async () => {
    const fetch = pagedFetch(3, 2);
    const ids: string[] = [];
    for await (const profile of getProfiles.all(klaviyoWith(fetch), { sort: "-created" }))
      ids.push(profile.id);
    expect(ids).toEqual(["p0", "p1", "p2", "p3", "p4", "p5"]);
    expect(fetch.calls.map((c) => c.url)).toEqual([
      `${BASE}/api/profiles?sort=-created`,
      `${BASE}/api/profiles?sort=-created&page[cursor]=1`,
      `${BASE}/api/profiles?sort=-created&page[cursor]=2`,
    ]);
  });

  test(".pages yields documents", async () => {
    const fetch = pagedFetch(2, 3);
    const sizes: number[] = [];
    for await (const page of getProfiles.pages(klaviyoWith(fetch))) sizes.push(page.data.length);
    expect(sizes).toEqual([3, 3]);
  });

  test("maxItems stops without fetching further pages", async () => {
    const fetch = pagedFetch(10, 5);
    const ids: string[] = [];
    for await (const p of getProfiles.all(klaviyoWith(fetch), {}, { maxItems: 7 })) ids.push(p.id);
    expect(ids).toHaveLength(7);
    expect(fetch.calls).toHaveLength(2);
    const none = [];
    for await (const p of getProfiles.all(klaviyoWith(fetch), {}, { maxItems: 0 })) none.push(p);
    expect(none).toEqual([]);
  });

  test("breaking out of the loop stops fetching", async () => {
    const fetch = pagedFetch(10, 2);
    for await (const p of getProfiles.all(klaviyoWith(fetch))) if (p.id === "p2") break;
    expect(fetch.calls).toHaveLength(2);
  });

  test("refuses a next link to another host", async () => {
    const fetch = pagedFetch(3, 1, "https://evil.example");
    const ids: string[] = [];
    const walk = async () => {
      for await (const p of getProfiles.all(klaviyoWith(fetch))) ids.push(p.id);
    };
    await expect(walk()).rejects.toThrow(
      /not following links.next to another origin: https:\/\/evil.example/,
    );
    expect(ids).toEqual(["p0"]);
    expect(fetch.calls).toHaveLength(1);
  });

  test("the signal stops iteration", async () => {
    const fetch = pagedFetch(10, 1);
    const controller = new AbortController();
    const walk = async () => {
      for await (const p of getProfiles.all(
        klaviyoWith(fetch),
        {},
        { signal: controller.signal },
      )) {
        if (p.id === "p1") controller.abort(new Error("enough"));
      }
    };
    await expect(walk()).rejects.toThrow("enough");
    expect(fetch.calls).toHaveLength(2);
  });

  test("errors surface as typed errors; a page without data[] is an invalid response", async () => {
    const failing = fakeFetch(apiErrors(404));
    await expect(
      getProfiles.all(klaviyoWith(failing))[Symbol.asyncIterator]().next(),
    ).rejects.toBeInstanceOf(KlaviyoNotFoundError);
    const odd = fakeFetch(
      json(200, { data: null, links: { next: `${BASE}/api/profiles?page[cursor]=1` } }),
    );
    const items: unknown[] = [];
    const walk = async () => {
      for await (const p of getProfiles.all(klaviyoWith(odd))) items.push(p);
    };
    await expect(walk()).rejects.toBeInstanceOf(KlaviyoInvalidResponseError);
    expect(items).toEqual([]);
    expect(odd.calls).toHaveLength(1);
    expect(
      new KlaviyoNotFoundError({
        status: 404,
        errors: [],
        operationId: undefined,
        method: "GET",
        path: "/x",
      }),
    ).toBeInstanceOf(KlaviyoError);
  });
});
