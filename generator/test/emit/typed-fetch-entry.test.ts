import { describe, expect, it } from "vitest";
import { emitTypedFetchEntry } from "../../src/emit/typed-fetch-entry.js";

describe("emitTypedFetchEntry", () => {
  it("pins the revision and joins every module's routes", () => {
    const text = emitTypedFetchEntry(["custom-objects", "profiles"], "2030-01-15.pre", "// header");
    expect(text).toContain("export type paths = customObjectsPaths & profilesPaths;");
    expect(text).toContain(
      'return createClient<paths>(options, { revision: "2030-01-15.pre", operations: operationIndex });',
    );
    expect(text).toContain(
      'import type { paths as customObjectsPaths } from "./paths/custom-objects.js";',
    );
    expect(text).toContain('from "@klaviyo-ts/core/typed-fetch";');
    expect(text).toContain('export { operationIndex } from "./operation-index.js";');
  });

  it("imports nothing from the operations entry, which a CommonJS build would copy", () => {
    const text = emitTypedFetchEntry(["profiles"], "2030-01-15", "// header");
    expect(text).not.toContain("./index.js");
    expect(text).not.toContain("./operations/");
  });

  it("has an empty paths type for a spec without operations", () => {
    expect(emitTypedFetchEntry([], "2030-01-15", "// header")).toContain("export type paths = {};");
  });
});
