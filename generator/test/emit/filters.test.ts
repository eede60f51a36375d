import { describe, expect, it } from "vitest";
import { emitFilters } from "../../src/emit/filters.js";
import { model } from "./model.js";

const grammar = { email: { operators: { single: ["equals"] }, value: { type: "string" } } };

describe("emitFilters", () => {
  it("makes one pure builder per filtering operation, holding its grammar", () => {
    const text = emitFilters(
      [
        model({ id: "get_profiles", name: "getProfiles", module: "profiles", filters: grammar }),
        model({ id: "get_things", name: "getThings" }),
      ],
      "// header",
    );
    expect(text).toContain('import { filterBuilder, type FilterBuilder } from "@klaviyo-ts/core";');
    expect(text).toContain(
      'import type { GetProfilesFilterGrammar } from "./operations/profiles.js";',
    );
    expect(text).toContain(
      "export const getProfiles: FilterBuilder<GetProfilesFilterGrammar> = /* @__PURE__ */ filterBuilder({\n  email: {\n",
    );
    expect(text).not.toContain("getThings");
  });

  it("gives an operation's deprecated aliases its filter builder", () => {
    const text = emitFilters(
      [
        model({
          id: "get_profiles_for_list",
          name: "getProfilesForList",
          module: "lists",
          aliases: ["get_list_profiles"],
          filters: grammar,
        }),
      ],
      "// header",
    );
    expect(text).toContain(
      "export const getListProfiles: FilterBuilder<GetProfilesForListFilterGrammar> = getProfilesForList;",
    );
  });

  it("is still a module for a revision without filters", () => {
    expect(emitFilters([model({ id: "get_things", name: "getThings" })], "// header")).toBe(
      "// header\nexport {};\n",
    );
  });
});
