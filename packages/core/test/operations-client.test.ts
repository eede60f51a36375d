import { describe, expect, expectTypeOf, test } from "vitest";
import {
  createOperationsClient,
  KlaviyoConfigError,
  KlaviyoNotFoundError,
  type KlaviyoClientBase,
} from "../src/index.js";
import { getProfile, getProfiles, REVISION } from "./fixtures/profiles-client.js";
import { apiErrors, fakeFetch, json } from "./helpers/fake-fetch.js";

const profiles = { data: [], links: { self: "x" } };

describe("createOperationsClient", () => {
  test("operation functions run on it with the revision, auth and pinned headers", async () => {
    const fetch = fakeFetch(json(200, profiles));
    const klaviyo = createOperationsClient({ apiKey: "pk_test", fetch, retry: false }, REVISION);
    expect(klaviyo.revision).toBe(REVISION);
    await getProfiles(klaviyo, { page: { size: 5 } });
    expect(fetch.calls).toHaveLength(1);
    expect(new URL(fetch.calls[0]!.url).searchParams.get("page[size]")).toBe("5");
    expect(fetch.calls[0]!.headers).toMatchObject({
      revision: REVISION,
      authorization: "Klaviyo-API-Key pk_test",
    });
  });

  test("errors are the typed errors createClient's calls raise", async () => {
    const fetch = fakeFetch(apiErrors(404));
    const klaviyo = createOperationsClient({ apiKey: "pk_test", fetch, retry: false }, REVISION);
    await expect(getProfile(klaviyo, { id: "p1" })).rejects.toThrow(KlaviyoNotFoundError);
  });

  test("bad credentials are refused when the client is created", () => {
    expect(() => createOperationsClient({ apiKey: "" }, REVISION)).toThrow(KlaviyoConfigError);
  });

  test("it carries no typed fetch", () => {
    const klaviyo = createOperationsClient({ apiKey: "pk_test" }, REVISION);
    expectTypeOf(klaviyo).toEqualTypeOf<KlaviyoClientBase>();
    expect("GET" in klaviyo).toBe(false);
  });
});
