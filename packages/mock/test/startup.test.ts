import { describe, expect, it } from "vitest";
import { start, REVISION } from "./helpers.js";
import { locateSpecDir } from "../src/index.js";

describe("startup", () => {
  it("indexes every operation of the revision and reports how long it took", async () => {
    const mock = await start();
    try {
      // Printed, not asserted: timing goals are checked by the bench, not by tests.
      console.log(
        `klaviyo-mock ${REVISION}: ${mock.operations.length} operations, started in ${mock.startupMs.toFixed(1)} ms`,
      );
      expect(mock.operations.length).toBe(308);
      expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(mock.startupMs).toBeGreaterThan(0);
    } finally {
      await mock.close();
    }
  });

  it("explains where it looked when the spec is missing", async () => {
    await expect(start({ revision: "1999-01-01" })).rejects.toThrow(
      /1999-01-01\/stable\.json.*spec:sync/,
    );
  });

  it("finds the spec folder from KLAVIYO_SPEC_DIR, else by walking up to spec/revisions.json", () => {
    const previous = process.env.KLAVIYO_SPEC_DIR;
    try {
      delete process.env.KLAVIYO_SPEC_DIR;
      expect(locateSpecDir()).toMatch(/spec$/);
      expect(() => locateSpecDir(undefined, "/")).toThrow(/No Klaviyo spec folder/);
      process.env.KLAVIYO_SPEC_DIR = "/somewhere/else";
      expect(locateSpecDir()).toBe("/somewhere/else");
      expect(locateSpecDir("/explicit")).toBe("/explicit");
    } finally {
      if (previous === undefined) delete process.env.KLAVIYO_SPEC_DIR;
      else process.env.KLAVIYO_SPEC_DIR = previous;
    }
  });
});
