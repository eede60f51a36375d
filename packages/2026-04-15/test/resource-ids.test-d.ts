import { describe, expectTypeOf, it } from "vitest";
import { createKlaviyo, createProfile, getLists, getProfile, getProfiles } from "../src/index.js";

const klaviyo = createKlaviyo({ apiKey: "pk_test" });

// A response's resources always carry id and type (the responseResourceIds normalise quirk), so
// an id read from one call is a path id of the next, with no String() or non-null assertion.
describe("resource ids in responses are strings", () => {
  it("the natural loop compiles: each listed profile's id fetches it", async () => {
    for await (const p of getProfiles.all(klaviyo)) {
      expectTypeOf(p.id).toEqualTypeOf<string>();
      await getProfile(klaviyo, { id: p.id });
    }
  });

  it("a created resource's id and type", async () => {
    const created = await createProfile(klaviyo, {
      body: { data: { type: "profile", attributes: { email: "a@example.com" } } },
    });
    expectTypeOf(created.data.id).toEqualTypeOf<string>();
    expectTypeOf(created.data.type).toEqualTypeOf<"profile">();
  });

  it("included resources and relationship linkage carry string ids", async () => {
    const doc = await getProfile(klaviyo, { id: "p1", include: ["lists"] });
    expectTypeOf(doc.data.id).toEqualTypeOf<string>();
    const linkage = doc.data.relationships?.lists?.data ?? [];
    expectTypeOf(linkage[0]!.id).toEqualTypeOf<string>();
    const included = doc.included ?? [];
    expectTypeOf(included[0]!.id).toEqualTypeOf<string>();
    const lists = await getLists(klaviyo);
    expectTypeOf(lists.data[0]!.id).toEqualTypeOf<string>();
  });

  it("request bodies are unchanged: a created resource needs no id", () => {
    type Body = Parameters<typeof createProfile>[1]["body"];
    expectTypeOf<{ data: { type: "profile"; attributes: { email: string } } }>().toExtend<Body>();
  });
});
