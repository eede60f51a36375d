import { createMockFetch, type MockFetch } from "@klaviyo-ts/mock";
import { beforeAll, describe, expect, it } from "vitest";
import {
  bulkCreateCatalogCategories,
  bulkCreateCatalogItems,
  bulkCreateCatalogVariants,
  bulkDeleteCatalogItems,
  bulkUpdateCatalogItems,
  createEvent,
  getBulkCreateCatalogItemsJob,
  getBulkCreateCatalogItemsJobs,
  getBulkCreateCategoriesJob,
  getBulkCreateVariantsJob,
  getBulkDeleteCatalogItemsJob,
  getBulkUpdateCatalogItemsJob,
  getCatalogCategory,
  getCatalogItem,
  getCatalogVariant,
  waitForJob,
} from "../src/index.js";
import { createKlaviyoWithTypedFetch } from "../src/typed-fetch.js";

// The generated client against the port-less mock: what passes here must pass against Klaviyo,
// so each test is a rule of Klaviyo's that the mock used to get wrong or not keep at all.
let mock: MockFetch;
beforeAll(async () => {
  mock = await createMockFetch({ revision: "2026-04-15", seed: 3, rateLimits: false });
});
const client = () => createKlaviyoWithTypedFetch({ apiKey: "pk_test_fidelity", fetch: mock.fetch });

async function createProfile(email: string): Promise<string> {
  const { data } = await client().POST("/api/profiles", {
    body: { data: { type: "profile", attributes: { email } } },
  });
  return data!.data.id!;
}

describe("list and segment members", () => {
  it("applies the member filter: any(email,[...]) returns only those members", async () => {
    const a = await createProfile("a@x.com");
    const b = await createProfile("b@x.com");
    const { data: list } = await client().POST("/api/lists", {
      body: { data: { type: "list", attributes: { name: "Members" } } },
    });
    const id = list!.data.id;
    await client().POST("/api/lists/{id}/relationships/profiles", {
      params: { path: { id } },
      body: {
        data: [
          { type: "profile", id: a },
          { type: "profile", id: b },
        ],
      },
    });
    const all = await client().GET("/api/lists/{id}/profiles", { params: { path: { id } } });
    expect(all.data?.data.map((p) => p.id)).toEqual([a, b]);
    const filtered = await client().GET("/api/lists/{id}/profiles", {
      params: { path: { id }, query: { filter: 'any(email,["a@x.com"])' } },
    });
    expect(filtered.data?.data.map((p) => p.attributes.email)).toEqual(["a@x.com"]);
  });

  it("reads seeded segments and filters their members", async () => {
    const { data: segments } = await client().GET("/api/segments");
    const id = segments!.data[0]!.id;
    const members = await client().GET("/api/segments/{id}/profiles", {
      params: { path: { id } },
    });
    expect(members.data?.data.length).toBeGreaterThan(1);
    const email = members.data!.data[1]!.attributes.email!;
    const one = await client().GET("/api/segments/{id}/profiles", {
      params: { path: { id }, query: { filter: `equals(email,"${email}")` } },
    });
    expect(one.data?.data.map((p) => p.attributes.email)).toEqual([email]);
  });
});

describe("list and segment members sort by joined_group_at", () => {
  it("lists a list's members and member ids in join order, and reversed", async () => {
    const joined = [await createProfile("s1@x.com"), await createProfile("s2@x.com")];
    joined.push(await createProfile("s3@x.com"));
    const { data: list } = await client().POST("/api/lists", {
      body: { data: { type: "list", attributes: { name: "Sorted" } } },
    });
    const id = list!.data.id;
    for (const profile of joined) {
      await client().POST("/api/lists/{id}/relationships/profiles", {
        params: { path: { id } },
        body: { data: [{ type: "profile", id: profile }] },
      });
    }
    const oldest = await client().GET("/api/lists/{id}/profiles", {
      params: { path: { id }, query: { sort: "joined_group_at" } },
    });
    expect(oldest.data?.data.map((p) => p.id)).toEqual(joined);
    const newest = await client().GET("/api/lists/{id}/profiles", {
      params: { path: { id }, query: { sort: "-joined_group_at" } },
    });
    expect(newest.data?.data.map((p) => p.id)).toEqual([...joined].reverse());
    const times = newest.data!.data.map((p) => Date.parse(p.attributes.joined_group_at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const ids = await client().GET("/api/lists/{id}/relationships/profiles", {
      params: { path: { id }, query: { sort: "-joined_group_at" } },
    });
    expect(ids.data?.data.map((p) => p.id)).toEqual([...joined].reverse());
  });

  it("sorts a segment's members both ways", async () => {
    const { data: segments } = await client().GET("/api/segments");
    const id = segments!.data[1]!.id;
    const members = (sort: "joined_group_at" | "-joined_group_at") =>
      client().GET("/api/segments/{id}/profiles", { params: { path: { id }, query: { sort } } });
    const oldest = (await members("joined_group_at")).data!.data.map((p) => p.id);
    const newest = (await members("-joined_group_at")).data!.data.map((p) => p.id);
    expect(oldest.length).toBeGreaterThan(1);
    expect(newest).toEqual([...oldest].reverse());
  });
});

describe("catalog items keep writes, updates and deletes", () => {
  const item = {
    type: "catalog-item" as const,
    attributes: {
      external_id: "POOH-1",
      title: "Winnie the Pooh",
      description: "A bear of very little brain.",
      url: "https://example.com/pooh",
      price: 9.99,
    },
  };

  it("creates, updates, reads, lists and deletes", async () => {
    const created = await client().POST("/api/catalog-items", { body: { data: item } });
    expect(created.response.status).toBe(201);
    const id = created.data!.data.id;
    expect(id).toBe("$custom:::$default:::POOH-1");
    await client().PATCH("/api/catalog-items/{id}", {
      params: { path: { id } },
      body: { data: { type: "catalog-item", id, attributes: { price: 12.5 } } },
    });
    const read = await client().GET("/api/catalog-items/{id}", { params: { path: { id } } });
    expect(read.data?.data.attributes).toMatchObject({ title: "Winnie the Pooh", price: 12.5 });
    const found = await client().GET("/api/catalog-items", {
      params: { query: { filter: 'contains(title,"Pooh")', "fields[catalog-item]": ["title"] } },
    });
    expect(found.data?.data.map((i) => i.id)).toEqual([id]);
    expect(Object.keys(found.data!.data[0]!.attributes)).toEqual(["title"]);
    const again = await client().POST("/api/catalog-items", { body: { data: item } });
    expect(again.response.status).toBe(409);
    await client().DELETE("/api/catalog-items/{id}", { params: { path: { id } } });
    const gone = await client().GET("/api/catalog-items/{id}", { params: { path: { id } } });
    expect(gone.response.status).toBe(404);
  });

  it("keeps categories and their items in step", async () => {
    const { data: category } = await client().POST("/api/catalog-categories", {
      body: {
        data: { type: "catalog-category", attributes: { external_id: "BEARS", name: "Bears" } },
      },
    });
    const { data: bear } = await client().POST("/api/catalog-items", {
      body: { data: { ...item, attributes: { ...item.attributes, external_id: "POOH-2" } } },
    });
    const categoryId = category!.data.id;
    const itemId = bear!.data.id;
    await client().POST("/api/catalog-categories/{id}/relationships/items", {
      params: { path: { id: categoryId } },
      body: { data: [{ type: "catalog-item", id: itemId }] },
    });
    const items = await client().GET("/api/catalog-categories/{id}/items", {
      params: { path: { id: categoryId } },
    });
    expect(items.data?.data.map((i) => i.id)).toEqual([itemId]);
    const categories = await client().GET("/api/catalog-items/{id}/relationships/categories", {
      params: { path: { id: itemId } },
    });
    expect(categories.data?.data.map((c) => c.id)).toEqual([categoryId]);
    const inCategory = await client().GET("/api/catalog-items", {
      params: { query: { filter: `equals(category.id,"${categoryId}")` } },
    });
    expect(inCategory.data?.data.map((i) => i.id)).toEqual([itemId]);
  });
});

describe("campaigns", () => {
  it("refuses a list without the messages.channel filter Klaviyo requires", async () => {
    const refused = await client().GET("/api/campaigns", {
      params: { query: { filter: "equals(archived,false)" } },
    });
    expect(refused.response.status).toBe(400);
    expect(refused.error?.errors[0]?.source?.parameter).toBe("filter");
    const listed = await client().GET("/api/campaigns", {
      params: { query: { filter: "and(equals(messages.channel,'sms'),equals(archived,false))" } },
    });
    expect(listed.response.status).toBe(200);
  });
});

describe("events", () => {
  it("creates the profile an event names, and the metric", async () => {
    await createEvent(client(), {
      body: {
        data: {
          type: "event",
          attributes: {
            properties: { plan: "pro" },
            metric: { data: { type: "metric", attributes: { name: "Fidelity Checked" } } },
            profile: { data: { type: "profile", attributes: { email: "new@x.com" } } },
          },
        },
      },
    });
    const { data } = await client().GET("/api/profiles", {
      params: { query: { filter: 'equals(email,"new@x.com")' } },
    });
    expect(data?.data).toHaveLength(1);
    const metrics = await client().GET("/api/metrics");
    expect(metrics.data?.data.map((m) => m.attributes.name)).toContain("Fidelity Checked");
  });
});

describe("tags, templates and webhooks", () => {
  it("keep a created tag, sort templates and delete a webhook", async () => {
    const { data: groups } = await client().GET("/api/tag-groups");
    const { data: tag } = await client().POST("/api/tags", {
      body: {
        data: {
          type: "tag",
          attributes: { name: "VIP" },
          relationships: { "tag-group": { data: { type: "tag-group", id: groups!.data[0]!.id } } },
        },
      },
    });
    const tags = await client().GET("/api/tags", {
      params: { query: { filter: 'equals(name,"VIP")' } },
    });
    expect(tags.data?.data.map((t) => t.id)).toEqual([tag!.data.id]);

    const sorted = await client().GET("/api/templates", { params: { query: { sort: "-name" } } });
    const names = sorted.data!.data.map((t) => t.attributes.name);
    expect(names).toEqual([...names].sort().reverse());

    const { data: hooks } = await client().GET("/api/webhooks");
    const hook = hooks!.data[0]!.id;
    await client().DELETE("/api/webhooks/{id}", { params: { path: { id: hook } } });
    const gone = await client().GET("/api/webhooks/{id}", { params: { path: { id: hook } } });
    expect(gone.response.status).toBe(404);
  });
});

describe("catalog bulk jobs keep state", () => {
  const item = (externalId: string, price = 10) => ({
    type: "catalog-item" as const,
    attributes: {
      external_id: externalId,
      title: externalId,
      description: "From a bulk job.",
      url: `https://example.com/${externalId}`,
      price,
    },
  });
  const idOf = (externalId: string) => `$custom:::$default:::${externalId}`;
  const fast = { intervalMs: 1 };

  it("creates, updates and deletes items across polls; a duplicate external_id fails", async () => {
    const started = await bulkCreateCatalogItems(client(), {
      body: {
        data: {
          type: "catalog-item-bulk-create-job",
          attributes: { items: { data: [item("JOB-1"), item("JOB-2"), item("JOB-1")] } },
        },
      },
    });
    expect(started.data.attributes).toMatchObject({ status: "queued", total_count: 3 });
    const job_id = started.data.id;
    const statuses: string[] = [];
    const created = await waitForJob(() => getBulkCreateCatalogItemsJob(client(), { job_id }), {
      ...fast,
      onProgress: (progress) => statuses.push(progress.status),
    });
    expect(statuses).toEqual(["processing", "complete"]);
    expect(created.data.attributes).toMatchObject({ completed_count: 2, failed_count: 1 });
    expect(created.data.attributes.errors?.map((e) => [e.code, e.source.pointer])).toEqual([
      ["conflict", "/data/attributes/items/data/2/attributes/external_id"],
    ]);
    for (const id of [idOf("JOB-1"), idOf("JOB-2")]) {
      expect((await getCatalogItem(client(), { id })).data.id).toBe(id);
    }
    const complete = await getBulkCreateCatalogItemsJobs(client(), {
      filter: 'equals(status,"complete")',
    });
    expect(complete.data.map((job) => job.id)).toContain(job_id);
    const queued = await getBulkCreateCatalogItemsJobs(client(), {
      filter: 'equals(status,"queued")',
    });
    expect(queued.data.map((job) => job.id)).not.toContain(job_id);

    const update = await bulkUpdateCatalogItems(client(), {
      body: {
        data: {
          type: "catalog-item-bulk-update-job",
          attributes: {
            items: {
              data: [{ type: "catalog-item", id: idOf("JOB-2"), attributes: { price: 25 } }],
            },
          },
        },
      },
    });
    await waitForJob(
      () => getBulkUpdateCatalogItemsJob(client(), { job_id: update.data.id }),
      fast,
    );
    expect((await getCatalogItem(client(), { id: idOf("JOB-2") })).data.attributes.price).toBe(25);

    const removal = await bulkDeleteCatalogItems(client(), {
      body: {
        data: {
          type: "catalog-item-bulk-delete-job",
          attributes: { items: { data: [{ type: "catalog-item", id: idOf("JOB-1") }] } },
        },
      },
    });
    await waitForJob(
      () => getBulkDeleteCatalogItemsJob(client(), { job_id: removal.data.id }),
      fast,
    );
    const gone = await client().GET("/api/catalog-items/{id}", {
      params: { path: { id: idOf("JOB-1") } },
    });
    expect(gone.response.status).toBe(404);
    expect((await getCatalogItem(client(), { id: idOf("JOB-2") })).data.id).toBe(idOf("JOB-2"));
  });

  it("creates variants and categories, linked to their items, and includes them", async () => {
    await client().POST("/api/catalog-items", { body: { data: item("JOB-3") } });
    const variants = await bulkCreateCatalogVariants(client(), {
      body: {
        data: {
          type: "catalog-variant-bulk-create-job",
          attributes: {
            variants: {
              data: [
                {
                  type: "catalog-variant",
                  attributes: {
                    external_id: "JOB-3-RED",
                    title: "Red",
                    description: "",
                    sku: "JOB-3-RED",
                    inventory_quantity: 4,
                    price: 11,
                    url: "https://example.com/JOB-3-RED",
                  },
                  relationships: { item: { data: { type: "catalog-item", id: idOf("JOB-3") } } },
                },
              ],
            },
          },
        },
      },
    });
    const variantJob = await waitForJob(
      () => getBulkCreateVariantsJob(client(), { job_id: variants.data.id, include: ["variants"] }),
      fast,
    );
    expect(variantJob.included?.map((v) => v.id)).toEqual([idOf("JOB-3-RED")]);
    const variant = await getCatalogVariant(client(), { id: idOf("JOB-3-RED") });
    expect(variant.data.attributes.sku).toBe("JOB-3-RED");
    const ofItem = await client().GET("/api/catalog-items/{id}/variants", {
      params: { path: { id: idOf("JOB-3") } },
    });
    expect(ofItem.data?.data.map((v) => v.id)).toEqual([idOf("JOB-3-RED")]);

    const categories = await bulkCreateCatalogCategories(client(), {
      body: {
        data: {
          type: "catalog-category-bulk-create-job",
          attributes: {
            categories: {
              data: [
                {
                  type: "catalog-category",
                  attributes: { external_id: "JOB-CAT", name: "Jobs" },
                  relationships: { items: { data: [{ type: "catalog-item", id: idOf("JOB-3") }] } },
                },
              ],
            },
          },
        },
      },
    });
    await waitForJob(
      () => getBulkCreateCategoriesJob(client(), { job_id: categories.data.id }),
      fast,
    );
    const category = await getCatalogCategory(client(), { id: idOf("JOB-CAT") });
    expect(category.data.attributes.name).toBe("Jobs");
    const inCategory = await client().GET("/api/catalog-items", {
      params: { query: { filter: `equals(category.id,"${idOf("JOB-CAT")}")` } },
    });
    expect(inCategory.data?.data.map((i) => i.id)).toEqual([idOf("JOB-3")]);
  });
});
