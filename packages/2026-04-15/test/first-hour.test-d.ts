import { describe, expectTypeOf, it } from "vitest";
import {
  createKlaviyo,
  filter,
  getCampaigns,
  getListProfiles,
  getProfile,
  getProfiles,
  getProfilesForList,
  resolveIncluded,
} from "../src/index.js";

const klaviyo = createKlaviyo({ apiKey: "pk_test" });

describe("sparse fieldsets", () => {
  it("an unknown resource type does not compile", async () => {
    // @ts-expect-error 'profiel' is not a resource type of getProfiles' fields (did you mean 'profile'?)
    await getProfiles(klaviyo, { fields: { profiel: ["email"] } });
  });

  it("a misspelt field is reported against the names the resource type allows", async () => {
    // The message lists the allowed names and suggests "first_name"; see the tsc test below.
    // @ts-expect-error "frist_name" is not a profile attribute
    await getProfiles(klaviyo, { fields: { profile: ["email", "frist_name"] } });
  });

  it("the result prints as a plain object of the fields asked for", async () => {
    const page = await getProfiles(klaviyo, { fields: { profile: ["email", "location.city"] } });
    expectTypeOf(page.data[0]!.attributes).toEqualTypeOf<{
      email?: string | null | undefined;
      location?: { city?: string | null | undefined } | undefined;
    }>();
  });
});

describe("included resources", () => {
  it("related() follows the operation's include and returns typed resources", async () => {
    const doc = await getProfile(klaviyo, { id: "p1", include: ["lists"] });
    const lists = resolveIncluded(doc).related(doc.data, "lists");
    expectTypeOf(lists[0]!.type).toEqualTypeOf<"list">();
    expectTypeOf(lists[0]!.attributes.name).toEqualTypeOf<string | null | undefined>();
    // a relationship the call did not include resolves to no resources
    expectTypeOf(resolveIncluded(doc).related(doc.data, "segments")).toEqualTypeOf<never[]>();
    // @ts-expect-error the profile has no relationship "listz"
    resolveIncluded(doc).related(doc.data, "listz");
  });

  it("get() returns the included resource of the identifier's type", async () => {
    const doc = await getProfile(klaviyo, { id: "p1", include: ["lists"] });
    expectTypeOf(
      resolveIncluded(doc).get({ type: "list", id: "l1" })!.type,
    ).toEqualTypeOf<"list">();
  });
});

describe("filters", () => {
  it("a deprecated alias has the operation's filter builder", async () => {
    expectTypeOf(filter.getListProfiles).toEqualTypeOf(filter.getProfilesForList);
    await getListProfiles(klaviyo, {
      id: "l1",
      filter: filter.getListProfiles.equals("email", ["a@example.com"]),
    });
    await getProfilesForList(klaviyo, {
      id: "l1",
      filter: filter.getListProfiles.greaterThan("joined_group_at", new Date()),
    });
  });

  it("an operation whose filter Klaviyo requires cannot be called without params", async () => {
    // @ts-expect-error getCampaigns needs a filter on messages.channel
    await getCampaigns(klaviyo);
    await getCampaigns(klaviyo, {
      filter: filter.getCampaigns.equals("messages.channel", "email"),
    });
  });

  it("the hint overload leaves Parameters<> reading the real signature", () => {
    expectTypeOf<Parameters<typeof getCampaigns>[0]>().toEqualTypeOf<{
      readonly revision: string;
    }>();
    expectTypeOf<Parameters<typeof getProfile>[1]["id"]>().toEqualTypeOf<string>();
  });
});
