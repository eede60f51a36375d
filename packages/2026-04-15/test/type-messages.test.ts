import { describe, expect, test } from "vitest";
import { consumerDiagnostics } from "./support/consumer-program.js";

// What a user reads when a call is wrong: compiler messages, checked on the published
// declarations (the package imported by its own name) as a consumer's strict project sees them.
const source = `
import { createKlaviyo, getCampaigns, getProfiles } from "@klaviyo-ts/2026-04-15";
const klaviyo = createKlaviyo({ apiKey: "pk_test" });
export async function calls() {
  await getProfiles(klaviyo, { fields: { profiel: ["email"] } });
  await getProfiles(klaviyo, { fields: { profile: ["email", "frist_name"] } });
  const page = await getProfiles(klaviyo, { fields: { profile: ["email", "location.city"] } });
  const narrowed: number = page.data[0]!.attributes;
  await getCampaigns(klaviyo);
  await getProfiles(klaviyo, { pagee: { size: 100 } });
  return narrowed;
}
`;

function messagesByLine(): Map<number, string> {
  const byLine = new Map<number, string>();
  for (const { line, message } of consumerDiagnostics(source, { noUncheckedIndexedAccess: true })) {
    if (line >= 0) byLine.set(line, message);
  }
  return byLine;
}

const messages = messagesByLine();
const at = (line: number) => messages.get(line) ?? "(no error)";

describe("compiler messages on the published declarations", () => {
  test("exactly the five wrong lines are reported", () => {
    expect([...messages.keys()]).toEqual([4, 5, 7, 8, 9]);
  });

  test("an unknown resource type in fields is named, with the right one suggested", () => {
    expect(at(4)).toContain("'profiel' does not exist");
    expect(at(4)).toContain("Did you mean to write 'profile'?");
  });

  test("a misspelt field is reported against the profile's field names", () => {
    expect(at(5)).toContain(`Type '"frist_name"' is not assignable to type '"email" | `);
    expect(at(5)).toContain(`"first_name"`);
    expect(at(5)).toContain(`Did you mean '"first_name"'?`);
  });

  test("a narrowed value prints as a plain object, in under 300 characters", () => {
    expect(at(7)).toBe(
      "Type '{ email?: string | null | undefined; location?: { city?: string | null | undefined; } | undefined; }' is not assignable to type 'number'.",
    );
    expect(at(7).length).toBeLessThan(300);
    expect(at(7)).not.toContain("PickPaths");
  });

  test("an unknown param is reported against the params as a plain object", () => {
    expect(at(9)).toContain("'pagee' does not exist in type '{ filter?: ");
    expect(at(9)).toContain("Did you mean to write 'page'?");
    // Not core's mapping from the spec's query parameters, nor the parameters' spec names.
    expect(at(9)).not.toContain("Plain<");
    expect(at(9)).not.toContain("page[size]");
  });

  test("a call without the filter Klaviyo requires says so", () => {
    expect(at(8)).toContain(
      "needs params with a filter: Klaviyo rejects the call without one on messages.channel",
    );
  });
});
