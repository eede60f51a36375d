import { describe, expectTypeOf, test } from "vitest";
import { filterBuilder, type DateTimeValue, type Operation } from "../src/index.js";
import type { ListResource, ProfileCollection, operations } from "./fixtures/profiles-api.js";
import { createKlaviyo, getProfiles } from "./fixtures/profiles-client.js";

const klaviyo = createKlaviyo({ apiKey: "pk_test" });

describe("sparse fieldsets narrow the result", () => {
  test("fields keep only the attributes asked for", async () => {
    const page = await getProfiles(klaviyo, { fields: { profile: ["email", "first_name"] } });
    expectTypeOf(page.data[0]!.attributes).toEqualTypeOf<{
      email?: string | null;
      first_name?: string | null;
    }>();
    expectTypeOf(page.links).toEqualTypeOf<ProfileCollection["links"]>();
  });

  test("dotted sub-fields narrow the nested object", async () => {
    const page = await getProfiles(klaviyo, { fields: { profile: ["location.city"] } });
    expectTypeOf(page.data[0]!.attributes).toEqualTypeOf<{
      location?: { city?: string | null } | null;
    }>();
  });

  test("additionalFields add theirs back", async () => {
    const page = await getProfiles(klaviyo, {
      fields: { profile: ["email"] },
      additionalFields: { profile: ["subscriptions"] },
    });
    expectTypeOf(page.data[0]!.attributes).toEqualTypeOf<{
      email?: string | null;
      subscriptions?: { email?: boolean };
    }>();
  });

  test("no fields, no narrowing", async () => {
    expectTypeOf(await getProfiles(klaviyo)).toEqualTypeOf<ProfileCollection>();
    expectTypeOf(
      await getProfiles(klaviyo, { sort: "created" }),
    ).toEqualTypeOf<ProfileCollection>();
  });

  test(".all() items follow the fields too", async () => {
    for await (const profile of getProfiles.all(klaviyo, { fields: { profile: ["created"] } })) {
      expectTypeOf(profile.attributes).toEqualTypeOf<{ created?: string }>();
      expectTypeOf(profile.id).toEqualTypeOf<string>();
    }
  });
});

describe("include narrows included", () => {
  test("to the resources of the relationships asked for", async () => {
    const page = await getProfiles(klaviyo, { include: ["lists"] });
    expectTypeOf(page.included).toEqualTypeOf<ListResource[] | undefined>();
  });

  test("and their sparse fieldsets narrow them", async () => {
    const page = await getProfiles(klaviyo, { include: ["lists"], fields: { list: ["name"] } });
    expectTypeOf(page.included![0]!.attributes).toEqualTypeOf<{ name: string }>();
  });

  test("unknown relationships do not compile", () => {
    // @ts-expect-error not a relationship of a profile
    getProfiles(klaviyo, { include: ["tags"] });
  });
});

describe("typed filters on an operation", () => {
  type Grammar = {
    email: { single: "equals"; list: "any"; value: string };
    created: { single: "greater-than"; value: DateTimeValue };
  };
  type CampaignGrammar = {
    "messages.channel": { single: "equals"; value: "email" | "sms"; required: true };
    name: { single: "contains"; value: string };
  };
  const getFiltered = getProfiles as unknown as Operation<operations["get_profiles"], Grammar>;
  const getCampaignLike = getProfiles as unknown as Operation<
    operations["get_profiles"],
    CampaignGrammar
  >;
  const f = filterBuilder<Grammar>();
  const c = filterBuilder<CampaignGrammar>();

  test("accept the operation's filters and raw strings", () => {
    getFiltered(klaviyo, { filter: f.equals("email", "a@b.com") });
    getFiltered(klaviyo, {
      filter: f.and(f.any("email", ["a", "b"]), f.greaterThan("created", new Date())),
    });
    getFiltered(klaviyo, { filter: 'equals(email,"a@b.com")' });
    // @ts-expect-error a filter of another operation
    getFiltered(klaviyo, { filter: c.contains("name", "x") });
  });

  test("demand the field Klaviyo requires", () => {
    getCampaignLike(klaviyo, { filter: c.equals("messages.channel", "email") });
    getCampaignLike(klaviyo, {
      filter: c.and(c.equals("messages.channel", "sms"), c.contains("name", "x")),
    });
    // @ts-expect-error messages.channel is required
    getCampaignLike(klaviyo, { filter: c.contains("name", "x") });
  });
});
