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

  it("exports the filter builders as a namespace, which bundlers can tree-shake", () => {
    const text = emitEntry(["profiles"], "2030-01-15", "// header");
    expect(text).toContain('export * as filter from "./filters.js";');
  });
});
