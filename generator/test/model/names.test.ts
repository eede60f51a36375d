import { describe, expect, it } from "vitest";
import { camelCase, tagModuleName } from "../../src/model/names.js";

describe("camelCase", () => {
  it.each([
    { given: "get_profiles", want: "getProfiles" },
    { given: "create_client_subscription", want: "createClientSubscription" },
    { given: "get_profile_ids_for_list", want: "getProfileIdsForList" },
    { given: "custom-objects", want: "customObjects" },
    { given: "get_v2_metric", want: "getV2Metric" },
  ])("$given -> $want", ({ given, want }) => {
    expect(camelCase(given)).toBe(want);
  });
});

describe("tagModuleName", () => {
  it.each([
    { given: "Profiles", want: "profiles" },
    { given: "Custom Objects", want: "custom-objects" },
    { given: "Beta APIs", want: "beta-apis" },
    { given: "Data Privacy", want: "data-privacy" },
  ])("$given -> $want", ({ given, want }) => {
    expect(tagModuleName(given)).toBe(want);
  });
});
