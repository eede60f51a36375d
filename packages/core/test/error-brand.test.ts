import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";
import { apiErrors, fakeFetch } from "./helpers/fake-fetch.js";

// The built package, both formats in one process: the dual-package hazard a CommonJS dependency
// and an ESM application meet when each loads its own copy of @klaviyo-ts/core.
type Core = typeof import("../src/index.js");
const cjs = createRequire(import.meta.url)("../dist/index.cjs") as Core;
const esm = (await import("../dist/index.js" as string)) as Core;

type TypedFetch = typeof import("../src/typed-fetch.js");

/** A 404 thrown by the CommonJS build's runtime, through a real operation call. */
async function notFoundFromCjs(): Promise<unknown> {
  const klaviyo = cjs.createOperationsClient(
    {
      apiKey: "pk_x",
      fetch: fakeFetch(apiErrors(404, "no such profile")),
      rateLimit: false,
      retry: false,
    },
    "2026-04-15",
  );
  return callGetProfile(cjs, klaviyo);
}

/** get_profile defined by `core`'s defineOperation, called on `klaviyo`; resolves with what it threw. */
async function callGetProfile(core: Core, klaviyo: unknown): Promise<unknown> {
  const getProfile = core.defineOperation({
    id: "get_profile",
    method: "GET",
    path: "/api/profiles/{id}",
    rateLimit: { burst: 75, steady: 700 },
    scopes: ["profiles:read"],
    paginated: false,
    beta: false,
  });
  return (getProfile as (k: unknown, p: unknown) => Promise<unknown>)(klaviyo, { id: "p1" }).then(
    () => expect.unreachable("the call should fail"),
    (error: unknown) => error,
  );
}

describe("core's two entries in one build share one runtime", () => {
  // typed-fetch is an entry of its own (so operation-function users do not read its types); the
  // build splits code shared by the entries into one chunk, CommonJS included. Were the runtime
  // copied into each entry, a typed-fetch client's errors would be other classes than the root's.
  test("a CommonJS typed-fetch client's operation call throws the root entry's own classes", async () => {
    const typedFetch = createRequire(import.meta.url)("../dist/typed-fetch.cjs") as TypedFetch;
    const klaviyo = typedFetch.createClient(
      {
        apiKey: "pk_x",
        fetch: fakeFetch(apiErrors(404, "no such profile")),
        rateLimit: false,
        retry: false,
      },
      { revision: "2026-04-15", operations: { limits: [], routes: {} } },
    );
    const error = await callGetProfile(cjs, klaviyo);
    expect(Object.getPrototypeOf(error)).toBe(cjs.KlaviyoNotFoundError.prototype);
  });
});

describe("errors across copies of the package", () => {
  test("the two builds are distinct copies, so a plain prototype check would fail", () => {
    expect(cjs.KlaviyoError).not.toBe(esm.KlaviyoError);
  });

  test("an error thrown by the CommonJS build is an instance of the ESM classes up its chain", async () => {
    const error = await notFoundFromCjs();
    expect(error instanceof esm.KlaviyoNotFoundError).toBe(true);
    expect(error instanceof esm.KlaviyoApiError).toBe(true);
    expect(error instanceof esm.KlaviyoError).toBe(true);
    expect(esm.isKlaviyoError(error)).toBe(true);
  });

  test("and of no sibling class", async () => {
    const error = await notFoundFromCjs();
    expect(error instanceof esm.KlaviyoRateLimitError).toBe(false);
    expect(error instanceof esm.KlaviyoConnectionError).toBe(false);
    expect(error instanceof esm.KlaviyoConfigError).toBe(false);
  });

  test("an ESM error is recognised by the CommonJS classes", () => {
    const error = new esm.KlaviyoTimeoutError({ operationId: "x", method: "GET", path: "/p" }, 5);
    expect(error instanceof cjs.KlaviyoTimeoutError).toBe(true);
    expect(error instanceof cjs.KlaviyoApiError).toBe(false);
    expect(cjs.isKlaviyoError(error)).toBe(true);
  });

  test.each([
    ["a plain Error", new Error("x")],
    ["an object naming a brand it was not built with", { name: "KlaviyoNotFoundError" }],
    ["null", null],
    ["a string", "KlaviyoError"],
  ])("%s is not a Klaviyo error", (_, value) => {
    expect(value instanceof esm.KlaviyoError).toBe(false);
    expect(esm.isKlaviyoError(value)).toBe(false);
  });

  test("a user's subclass without a brand of its own matches only by prototype", () => {
    class AppError extends esm.KlaviyoError {}
    const fromOtherCopy = new cjs.KlaviyoError("x");
    expect(fromOtherCopy instanceof AppError).toBe(false);
    expect(new AppError("y") instanceof AppError).toBe(true);
    expect(new AppError("y") instanceof cjs.KlaviyoError).toBe(true);
  });

  test("the brand stays out of the error's JSON and its enumerable keys", () => {
    const error = new esm.KlaviyoConfigError("bad key");
    expect(Object.keys(error)).toEqual(["name"]);
    expect(JSON.stringify(error)).toBe('{"name":"KlaviyoConfigError","message":"bad key"}');
  });
});
