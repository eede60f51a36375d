import { describe, expectTypeOf, it } from "vitest";
import {
  bulkSubscribeProfiles,
  createEvent,
  createProfile,
  filter,
  getEvents,
  getProfile,
  getProfiles,
} from "../src/index.js";
import { createKlaviyoWithTypedFetch } from "../src/typed-fetch.js";

// Issue 3's type-quality list, through both layers: typed fetch (klaviyo.POST) and operation
// functions. Bodies are written as Klaviyo documents them, with no casts and no revision header.
const klaviyo = createKlaviyoWithTypedFetch({ apiKey: "pk_test" });

describe("documented request bodies compile as written", () => {
  it("create event", async () => {
    await klaviyo.POST("/api/events", {
      body: {
        data: {
          type: "event",
          attributes: {
            properties: { plan: "pro", items: [{ sku: "A-1", qty: 2 }], gift: null, total: 9.5 },
            value: 9.5,
            unique_id: "order-1",
            time: "2026-04-15T10:00:00Z",
            metric: { data: { type: "metric", attributes: { name: "Placed Order" } } },
            profile: { data: { type: "profile", attributes: { email: "a@example.com" } } },
          },
        },
      },
    });
    await createEvent(klaviyo, {
      body: {
        data: {
          type: "event",
          attributes: {
            properties: { plan: "pro", items: [{ sku: "A-1", qty: 2 }], gift: null, total: 9.5 },
            value: 9.5,
            unique_id: "order-1",
            time: "2026-04-15T10:00:00Z",
            metric: { data: { type: "metric", attributes: { name: "Placed Order" } } },
            profile: { data: { type: "profile", attributes: { email: "a@example.com" } } },
          },
        },
      },
    });
  });

  it("create profile with location and custom properties", async () => {
    await klaviyo.POST("/api/profiles", {
      body: {
        data: {
          type: "profile",
          attributes: {
            email: "a@example.com",
            first_name: "Ada",
            location: {
              city: "London",
              country: "United Kingdom",
              zip: "N1",
              timezone: "Europe/London",
            },
            properties: { tier: "gold", score: 3, tags: ["a", "b"], nested: { ok: true } },
          },
        },
      },
    });
    const created = await createProfile(klaviyo, {
      body: {
        data: {
          type: "profile",
          attributes: {
            email: "a@example.com",
            first_name: "Ada",
            location: {
              city: "London",
              country: "United Kingdom",
              zip: "N1",
              timezone: "Europe/London",
            },
            properties: { tier: "gold", score: 3, tags: ["a", "b"], nested: { ok: true } },
          },
        },
      },
    });
    expectTypeOf(created.data.attributes.email).toEqualTypeOf<string | null | undefined>();
  });

  it("bulk subscribe job with a list relationship", async () => {
    await klaviyo.POST("/api/profile-subscription-bulk-create-jobs", {
      body: {
        data: {
          type: "profile-subscription-bulk-create-job",
          attributes: {
            profiles: {
              data: [
                {
                  type: "profile",
                  attributes: {
                    email: "a@example.com",
                    subscriptions: { email: { marketing: { consent: "SUBSCRIBED" } } },
                  },
                },
              ],
            },
          },
          relationships: { list: { data: { type: "list", id: "Y6nRLr" } } },
        },
      },
    });
    await bulkSubscribeProfiles(klaviyo, {
      body: {
        data: {
          type: "profile-subscription-bulk-create-job",
          attributes: {
            profiles: {
              data: [
                {
                  type: "profile",
                  attributes: {
                    email: "a@example.com",
                    subscriptions: { email: { marketing: { consent: "SUBSCRIBED" } } },
                  },
                },
              ],
            },
          },
          relationships: { list: { data: { type: "list", id: "Y6nRLr" } } },
        },
      },
    });
  });
});

describe("optional fields and free-form properties", () => {
  it("a field with a spec default stays optional (backfill)", () => {
    type Attributes = Parameters<typeof createEvent>[1]["body"]["data"]["attributes"];
    expectTypeOf<Attributes>().toHaveProperty("backfill");
    expectTypeOf<{ backfill?: boolean | null }>().toMatchTypeOf<Pick<Attributes, "backfill">>();
    expectTypeOf<Pick<Attributes, "backfill">>().toEqualTypeOf<{ backfill?: boolean | null }>();
  });

  it("free-form properties accept any JSON", () => {
    type Properties = Parameters<typeof createEvent>[1]["body"]["data"]["attributes"]["properties"];
    expectTypeOf<{ a: 1; b: "x"; c: null; d: [true, { e: [] }] }>().toMatchTypeOf<Properties>();
  });
});

describe("mistakes do not compile", () => {
  it("an unknown fields.profile entry", async () => {
    await getProfiles(klaviyo, { fields: { profile: ["email", "first_name"] } });
    // @ts-expect-error "shoe_size" is not a profile field
    await getProfiles(klaviyo, { fields: { profile: ["shoe_size"] } });
    // @ts-expect-error "shoe_size" is not a profile field
    await klaviyo.GET("/api/profiles", { params: { query: { "fields[profile]": ["shoe_size"] } } });
  });

  it("a sort value not in the spec", async () => {
    await getProfiles(klaviyo, { sort: "-created" });
    // @ts-expect-error profiles cannot be sorted by first_name
    await getProfiles(klaviyo, { sort: "first_name" });
    // @ts-expect-error profiles cannot be sorted by first_name
    await klaviyo.GET("/api/profiles", { params: { query: { sort: "first_name" } } });
  });

  it("a missing required path param", async () => {
    await getProfile(klaviyo, { id: "01H" });
    // @ts-expect-error id is required
    await getProfile(klaviyo, {});
    // @ts-expect-error id is required
    await klaviyo.GET("/api/profiles/{id}", { params: { path: {} } });
  });

  it("a body of the wrong resource type", async () => {
    const wrong = { data: { type: "event" as const, attributes: { email: "a@example.com" } } };
    // @ts-expect-error a profile body must have type "profile"
    await createProfile(klaviyo, { body: wrong });
    // @ts-expect-error a profile body must have type "profile"
    await klaviyo.POST("/api/profiles", { body: wrong });
  });
});

describe("responses", () => {
  it("operation functions resolve with the typed JSON:API document", async () => {
    const page = await getProfiles(klaviyo, { page: { size: 100 } });
    expectTypeOf(page.data[0]!.attributes.email).toEqualTypeOf<string | null | undefined>();
    for await (const profile of getProfiles.all(klaviyo, { sort: "-created" })) {
      expectTypeOf(profile.type).toEqualTypeOf<"profile">();
    }
  });
});

describe("typed filters (x-klaviyo-filters)", () => {
  it("accept the operation's fields, operators and value types, and raw strings", async () => {
    await getProfiles(klaviyo, { filter: filter.getProfiles.equals("email", "a@example.com") });
    await getProfiles(klaviyo, { filter: filter.getProfiles.any("email", ["a@b.com", "c@d.com"]) });
    await getProfiles(klaviyo, { filter: filter.getProfiles.greaterThan("created", new Date()) });
    await getProfiles(klaviyo, { filter: 'equals(email,"a@example.com")' });
  });

  it("refuse other fields, operators, value types and other operations' filters", async () => {
    // @ts-expect-error profiles cannot be filtered on shoe_size
    filter.getProfiles.equals("shoe_size", "44");
    // @ts-expect-error email takes no greater-than
    filter.getProfiles.greaterThan("email", "a");
    // @ts-expect-error email is a string
    filter.getProfiles.equals("email", 42);
    // @ts-expect-error a getEvents filter is not a getProfiles filter
    await getProfiles(klaviyo, { filter: filter.getEvents.equals("metric_id", "abc") });
    await getEvents(klaviyo, { filter: filter.getEvents.equals("metric_id", "abc") });
  });
});
