import { describe, expect, it } from "vitest";
import { emitModuleEntry, emitOperationsClient } from "../../src/emit/module-entry.js";

describe("emitOperationsClient", () => {
  it("pins the revision of createKlaviyo", () => {
    const text = emitOperationsClient("2030-01-15.pre", "// header");
    expect(text).toContain('export const revision = "2030-01-15.pre";');
    expect(text).toContain("return createOperationsClient(options, revision);");
    expect(text).toContain("from this package's `beta/typed-fetch` entry");
  });
});

describe("emitModuleEntry", () => {
  const filtered = [
    { name: "getProfiles", module: "profiles", aliases: ["list_profiles"] },
    { name: "getLists", module: "lists" },
  ];

  it("re-exports the module's operations, createKlaviyo, the revision and core, nothing else", () => {
    const text = emitModuleEntry("profiles", filtered, "// header");
    expect(text).toContain('export * from "../operations/profiles.js";');
    expect(text).toContain('export { createKlaviyo, revision } from "../operations-client.js";');
    expect(text).toContain('export * from "@klaviyo-ts/core";');
    expect(text).not.toContain("lists");
    expect(text).not.toContain("../index.js");
  });

  it("types a filter builder for the module's filtering operations and their aliases only", () => {
    const text = emitModuleEntry("profiles", filtered, "// header");
    expect(text).toContain(
      'import type { GetProfilesFilterGrammar } from "../operations/profiles.js";',
    );
    expect(text).toContain(
      "export const filter = /* @__PURE__ */ filterBuilders<{\n  getProfiles: FilterBuilder<GetProfilesFilterGrammar>;\n  listProfiles: FilterBuilder<GetProfilesFilterGrammar>;\n}>();",
    );
  });

  it("has no filter export in a module without filtering operations", () => {
    const text = emitModuleEntry("events", filtered, "// header");
    expect(text).not.toContain("filter");
  });
});
