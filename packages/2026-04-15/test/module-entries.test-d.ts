import { describe, expectTypeOf, it } from "vitest";
import * as lists from "../src/generated/entries/lists.js";
import {
  createKlaviyo,
  filter,
  getProfiles,
  KlaviyoNotFoundError,
  revision,
} from "../src/generated/entries/profiles.js";
import * as root from "../src/index.js";

const klaviyo = createKlaviyo({ apiKey: "pk_test" });

describe("a module entry (@klaviyo-ts/2026-04-15/<module>)", () => {
  it("exports the module's operations with the root entry's types", () => {
    expectTypeOf(getProfiles).toEqualTypeOf(root.getProfiles);
    expectTypeOf(lists.getLists).toEqualTypeOf(root.getLists);
  });

  it("narrows results by fields as the root entry does", async () => {
    const page = await getProfiles(klaviyo, { fields: { profile: ["email"] } });
    const rootPage = await root.getProfiles(klaviyo, { fields: { profile: ["email"] } });
    expectTypeOf(page).toEqualTypeOf(rootPage);
    // @ts-expect-error only the fields asked for are there
    void page.data[0]?.attributes.first_name;
  });

  it("types the filter builders of its own operations, not the other modules'", () => {
    expectTypeOf(filter.getProfiles).toEqualTypeOf(root.filter.getProfiles);
    expectTypeOf(lists.filter.getLists).toEqualTypeOf(root.filter.getLists);
    // @ts-expect-error getLists is in the lists entry
    void filter.getLists;
  });

  it("has createKlaviyo, the revision and core's API: one import", () => {
    expectTypeOf(createKlaviyo).toEqualTypeOf(root.createKlaviyo);
    expectTypeOf(revision).toEqualTypeOf(root.revision);
    expectTypeOf(KlaviyoNotFoundError).toEqualTypeOf(root.KlaviyoNotFoundError);
  });
});
