import { describe, expect, it } from "vitest";
import { emitEntry } from "../../src/emit/entry.js";

describe("emitEntry", () => {
  it("re-exports createKlaviyo, the revision and every operation module", () => {
    const text = emitEntry(["custom-objects", "profiles"], "// header");
    expect(text).toContain('export { createKlaviyo, revision } from "./operations-client.js";');
    expect(text).toContain(
      'export * from "./operations/custom-objects.js";\nexport * from "./operations/profiles.js";',
    );
  });

  it("leaves typed fetch, its routes and its operation index to the typed-fetch entry", () => {
    const text = emitEntry(["profiles"], "// header");
    for (const name of [
      "paths",
      "createKlaviyoWithTypedFetch(",
      "operationIndex",
      'typed-fetch"',
    ]) {
      expect(text).not.toContain(name);
    }
  });

  it("leaves core's re-export to the package entry, where bundlers can tree-shake it", () => {
    const text = emitEntry(["profiles"], "// header");
    expect(text).not.toContain('export * from "@klaviyo-ts/core"');
  });

  it("gives an operation's deprecated aliases its filter builder", () => {
    const text = emitEntry(["lists"], "// header", [
      { name: "getProfilesForList", module: "lists", aliases: ["get_list_profiles"] },
    ]);
    expect(text).toContain(
      "  getProfilesForList: FilterBuilder<GetProfilesForListFilterGrammar>;\n  getListProfiles: FilterBuilder<GetProfilesForListFilterGrammar>;\n",
    );
  });

  it("exports one typed filter builder per filtering operation", () => {
    const text = emitEntry(["profiles"], "// header", [
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
