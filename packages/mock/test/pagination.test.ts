import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MockServer } from "../src/index.js";
import { call, start } from "./helpers.js";

const follow = (mock: MockServer, link: string) =>
  call(mock, { path: link.slice(mock.url.length) });

describe("cursor pagination over a large seeded collection", () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await start({ rateLimits: false, state: { profiles: 100_000 } });
  });
  afterAll(() => mock.close());

  it("walks 20,000 profiles by links.next: every id once, in order, then no next link", async () => {
    const small = await start({ rateLimits: false, state: { profiles: 20_000 } });
    try {
      const seen = new Set<string>();
      let next: string | undefined =
        `${small.url}/api/profiles?page[size]=100&fields[profile]=email`;
      let pages = 0;
      const started = performance.now();
      while (next) {
        const answer = await follow(small, next);
        expect(answer.status).toBe(200);
        for (const profile of answer.body.data) seen.add(profile.id);
        next = answer.body.links.next;
        pages++;
      }
      console.log(
        `walked ${seen.size} profiles in ${pages} pages, ${(performance.now() - started).toFixed(0)} ms`,
      );
      expect(pages).toBe(200);
      expect(seen.size).toBe(20_000);
      expect([...seen][19_999]).toBe("01VP0000000000000000019999");
    } finally {
      await small.close();
    }
  });

  it("serves any page of 100,000 without building the collection", async () => {
    const first = await call(mock, { path: "/api/profiles?page[size]=100" });
    const cursorFor = (offset: number) => {
      const next = new URL(first.body.links.next as string);
      expect(Buffer.from(next.searchParams.get("page[cursor]")!, "base64url").toString()).toBe(
        "o:100",
      );
      return Buffer.from(`o:${offset}`).toString("base64url");
    };
    const last = await call(mock, {
      path: `/api/profiles?page[size]=100&page[cursor]=${cursorFor(99_900)}`,
    });
    expect(last.body.data).toHaveLength(100);
    expect(last.body.data.at(-1).id).toBe("01VP0000000000000000099999");
    expect(last.body.links.next).toBeUndefined();
    expect(last.body.links.prev).toContain("page%5Bcursor%5D=");
  });

  it("gives each seeded profile the same content on every page that shows it", async () => {
    const byPage = await call(mock, { path: "/api/profiles?page[size]=5" });
    const single = await call(mock, { path: `/api/profiles/${byPage.body.data[3].id}` });
    expect(single.body.data.attributes.email).toBe(byPage.body.data[3].attributes.email);
    expect(single.body.data.attributes.email).toBe("seeded-3@example.com");
  });

  it("finds a seeded profile by email without scanning", async () => {
    const answer = await call(mock, {
      path: "/api/profiles?filter=equals(email,'seeded-76543@example.com')",
    });
    expect(answer.body.data.map((p: { id: string }) => p.id)).toEqual([
      "01VP0000000000000000076543",
    ]);
    expect(answer.body.links.next).toBeUndefined();
  });

  it("honours page[size] and the spec's default", async () => {
    expect((await call(mock, { path: "/api/profiles" })).body.data).toHaveLength(20);
    expect((await call(mock, { path: "/api/profiles?page[size]=7" })).body.data).toHaveLength(7);
  });

  it("paginates generated collections of other resources", async () => {
    // One seeded campaign in three is an email campaign: 45 of 135.
    const small = await start({ rateLimits: false, state: { collectionSize: 135 } });
    try {
      const first = await call(small, {
        path: "/api/campaigns?filter=equals(messages.channel,'email')",
      });
      // The spec's default page size for campaigns is 100.
      expect(first.body.data).toHaveLength(45);
      expect(first.body.links.next).toBeUndefined();
      const paged = await call(small, {
        path: "/api/campaigns?filter=equals(messages.channel,'email')&page[size]=20",
      });
      expect(paged.body.data).toHaveLength(20);
      const second = await follow(small, paged.body.links.next);
      const third = await follow(small, second.body.links.next);
      expect(third.body.data).toHaveLength(5);
      expect(third.body.links.next).toBeUndefined();
      expect(third.body.links.prev).toBe(paged.body.links.next);
    } finally {
      await small.close();
    }
  });
});
