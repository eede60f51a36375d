import { describe, expect, it } from "vitest";
import { emitEntry } from "../../src/emit/entry.js";

describe("emitEntry", () => {
  it("pins the revision and joins every module's paths", () => {
    const text = emitEntry(["custom-objects", "profiles"], "2030-01-15.pre", "// header");
    expect(text).toContain("export type paths = customObjectsPaths & profilesPaths;");
    expect(text).toContain('export const revision = "2030-01-15.pre";');
    expect(text).toContain(
      "return createClient<paths>(options, { revision, operations: operationIndex });",
    );
    expect(text).toContain(
      'export * from "./operations/custom-objects.js";\nexport * from "./operations/profiles.js";',
    );
    expect(text).toContain(
      'import type { paths as customObjectsPaths } from "./types/custom-objects.js";',
    );
  });

  it("leaves core's re-export to the package entry, where bundlers can tree-shake it", () => {
    const text = emitEntry(["profiles"], "2030-01-15", "// header");
    expect(text).not.toContain('export * from "@klaviyo-ts/core"');
  });

  it("has an empty paths type for a spec without operations", () => {
    expect(emitEntry([], "2030-01-15", "// header")).toContain("export type paths = {};");
  });

  it("gives an operation's deprecated aliases its filter builder", () => {
    const text = emitEntry(["lists"], "2030-01-15", "// header", [
      { name: "getProfilesForList", module: "lists", aliases: ["get_list_profiles"] },
    ]);
    expect(text).toContain(
      "  getProfilesForList: FilterBuilder<GetProfilesForListFilterGrammar>;\n  getListProfiles: FilterBuilder<GetProfilesForListFilterGrammar>;\n",
    );
  });

  it("exports one typed filter builder per filtering operation", () => {
    const text = emitEntry(["profiles"], "2030-01-15", "// header", [
      { name: "getProfiles", module: "profiles" },
    ]);
    expect(text).toContain(
      'import type { GetProfilesFilterGrammar } from "./operations/profiles.js";',
    );
    expect(text).toContain(
      "export const filter = /* @__PURE__ */ filterBuilders<{\n  getProfiles: FilterBuilder<GetProfilesFilterGrammar>;\n}>();",
    );
  });
});
