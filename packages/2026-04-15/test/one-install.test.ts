import * as core from "@klaviyo-ts/core";
import * as coreTypedFetch from "@klaviyo-ts/core/typed-fetch";
import { describe, expect, test } from "vitest";
import * as revision from "../src/index.js";
import * as typedFetch from "../src/typed-fetch.js";

// The README's one `npm install`: under pnpm a user's code cannot import @klaviyo-ts/core, which
// only the revision package depends on, so the revision package carries core's whole API.
describe("the revision package is the only install", () => {
  test.each(Object.keys(core))("re-exports core's %s, the same binding", (name) => {
    expect(revision).toHaveProperty(name);
    expect((revision as Record<string, unknown>)[name]).toBe(
      (core as Record<string, unknown>)[name],
    );
  });

  test.each(Object.keys(coreTypedFetch))(
    "the typed-fetch entry re-exports core's typed-fetch %s, the same binding",
    (name) => {
      expect((typedFetch as Record<string, unknown>)[name]).toBe(
        (coreTypedFetch as Record<string, unknown>)[name],
      );
    },
  );

  test("the helpers a user meets in the first hour come from the same import", () => {
    expect(typeof revision.waitForJob).toBe("function");
    expect(typeof revision.verifyWebhookSignature).toBe("function");
    expect(typeof revision.resolveIncluded).toBe("function");
    expect(typeof revision.RedisRateLimitStore).toBe("function");
    expect(
      new revision.KlaviyoNotFoundError({
        status: 404,
        errors: [],
        operationId: "getProfile",
        method: "GET",
        path: "/api/profiles/{id}",
      }),
    ).toBeInstanceOf(revision.KlaviyoError);
  });
});
