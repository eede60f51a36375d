import { describe, expectTypeOf, it } from "vitest";
import {
  createKlaviyo,
  filter,
  getCampaigns,
  getCatalogItems,
  getEvents,
  getProfiles,
} from "../src/index.js";

// Issue 6 on the real 2026-04-15 types: filters only as x-klaviyo-filters allows them, sparse
// fieldsets and includes narrowing the result.
const klaviyo = createKlaviyo({ apiKey: "pk_test" });

describe("typed filters", () => {
  it("getProfiles: its fields, operators and value types", () => {
    getProfiles(klaviyo, { filter: filter.getProfiles.equals("email", "a@b.com") });
    getProfiles(klaviyo, { filter: filter.getProfiles.any("email", ["a@b.com", "c@d.com"]) });
    getProfiles(klaviyo, {
      filter: filter.getProfiles.and(
        filter.getProfiles.greaterThan("created", new Date()),
        filter.getProfiles.lessThan("updated", "2026-01-01T00:00:00Z"),
      ),
    });
    // @ts-expect-error not a filterable field of profiles
    filter.getProfiles.equals("first_name", "Ada");
    // @ts-expect-error email takes no contains
    filter.getProfiles.contains("email", "a");
    // @ts-expect-error created is a date-time
    filter.getProfiles.greaterThan("created", 5);
  });

  it("getEvents: dates, numbers, a value-less operator", () => {
    getEvents(klaviyo, {
      filter: filter.getEvents.and(
        filter.getEvents.greaterOrEqual("datetime", new Date("2026-01-01")),
        filter.getEvents.lessThan("timestamp", 1_800_000_000),
        filter.getEvents.has("profile"),
      ),
    });
    // @ts-expect-error timestamp is a number
    filter.getEvents.lessThan("timestamp", "1");
    // @ts-expect-error has takes no value
    filter.getEvents.has("profile", true);
  });

  it("getCampaigns: the channel filter Klaviyo requires", () => {
    getCampaigns(klaviyo, { filter: filter.getCampaigns.equals("messages.channel", "email") });
    getCampaigns(klaviyo, {
      filter: filter.getCampaigns.and(
        filter.getCampaigns.equals("messages.channel", "sms"),
        filter.getCampaigns.equals("archived", false),
        filter.getCampaigns.any("status", ["Draft", "Sent"]),
      ),
    });
    getCampaigns(klaviyo, { filter: "equals(messages.channel,'email')" });
    // @ts-expect-error a filter without messages.channel
    getCampaigns(klaviyo, { filter: filter.getCampaigns.equals("archived", false) });
    // @ts-expect-error no filter at all
    getCampaigns(klaviyo, {});
    // @ts-expect-error not a channel
    filter.getCampaigns.equals("messages.channel", "fax");
    // @ts-expect-error archived is a boolean
    filter.getCampaigns.equals("archived", "false");
  });

  it("getCatalogItems: lists, booleans, contains", () => {
    getCatalogItems(klaviyo, {
      filter: filter.getCatalogItems.and(
        filter.getCatalogItems.any("ids", ["$custom:::$default:::SKU-1"]),
        filter.getCatalogItems.equals("published", true),
        filter.getCatalogItems.contains("title", "shoe"),
      ),
    });
    // @ts-expect-error ids takes a list
    filter.getCatalogItems.any("ids", "one");
  });

  it("a filter of one operation does not fit another", () => {
    // @ts-expect-error an events filter on profiles
    getProfiles(klaviyo, { filter: filter.getEvents.has("profile") });
  });
});

describe("sparse fieldsets and includes narrow the result", () => {
  it("fields.profile keeps only those attributes, dotted paths narrow nested ones", async () => {
    const page = await getProfiles(klaviyo, { fields: { profile: ["email", "location.city"] } });
    const attributes = page.data[0]!.attributes;
    expectTypeOf(attributes).toHaveProperty("email");
    expectTypeOf(attributes).not.toHaveProperty("first_name");
    expectTypeOf(attributes.location).toEqualTypeOf<{ city?: string | null } | undefined>();
  });

  it("additionalFields adds its attributes back", async () => {
    const page = await getProfiles(klaviyo, {
      fields: { profile: ["email"] },
      additionalFields: { profile: ["subscriptions"] },
    });
    expectTypeOf(page.data[0]!.attributes).toHaveProperty("subscriptions");
    expectTypeOf(page.data[0]!.attributes).not.toHaveProperty("phone_number");
  });

  it("include types included as the resources of those relationships", async () => {
    const page = await getEvents(klaviyo, { include: ["metric"] });
    expectTypeOf(page.included![0]!.type).toEqualTypeOf<"metric">();
  });

  it(".all() items carry the narrowed attributes", async () => {
    for await (const profile of getProfiles.all(klaviyo, { fields: { profile: ["email"] } })) {
      expectTypeOf(profile.attributes).toEqualTypeOf<{ email?: string | null }>();
    }
  });
});
