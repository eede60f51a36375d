import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";

// The built package as a CommonJS program requires it: a module entry is the same code as the
// root, so an operation or the client factory is one object whichever entry it is required from
// (a spy set on one is seen through the other). Core's API stays core's: not bundled into entries.
type Revision = typeof import("../src/index.js");
const require = createRequire(import.meta.url);
const root = require("../dist/index.cjs") as Revision;
const profiles = require("../dist/profiles.cjs") as Revision;
const lists = require("../dist/lists.cjs") as Revision;

describe("CommonJS module entries", () => {
  test.each(["getProfiles", "createKlaviyo", "KlaviyoNotFoundError", "waitForJob"] as const)(
    "give the root's %s, not a copy",
    (name) => {
      expect(profiles[name]).toBeTypeOf("function");
      expect(profiles[name]).toBe(root[name]);
    },
  );

  test("of two modules share one runtime", () => {
    expect(lists.createKlaviyo).toBe(profiles.createKlaviyo);
    expect(lists.getLists).toBe(root.getLists);
  });
});
