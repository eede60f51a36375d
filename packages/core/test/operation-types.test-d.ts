import { describe, expectTypeOf, test } from "vitest";
import type {
  ItemOf,
  OperationItem,
  OperationParams,
  OperationResponse,
  ParamsOf,
  ResultOf,
} from "../src/index.js";
import type {
  ProfileCollection,
  ProfileDocument,
  ProfileResource,
  operations,
} from "./fixtures/profiles-api.js";
import {
  createClientSubscription,
  createKlaviyo,
  createProfile,
  deleteProfile,
  getProfile,
  getProfiles,
} from "./fixtures/profiles-client.js";

const klaviyo = createKlaviyo({ apiKey: "pk_test" });

describe("operation functions", () => {
  test("resolve with the 2xx document, void for 204", () => {
    expectTypeOf(getProfiles(klaviyo)).resolves.toEqualTypeOf<ProfileCollection>();
    expectTypeOf(getProfile(klaviyo, { id: "1" })).resolves.toEqualTypeOf<ProfileDocument>();
    expectTypeOf(deleteProfile(klaviyo, { id: "1" })).resolves.toEqualTypeOf<void>();
    expectTypeOf<
      OperationResponse<operations["create_profile"]>
    >().toEqualTypeOf<ProfileDocument>();
  });

  test("take ergonomic params", () => {
    getProfiles(klaviyo, {
      fields: { profile: ["email", "first_name"] },
      additionalFields: { profile: ["subscriptions"] },
      page: { size: 100, cursor: "abc" },
      filter: 'equals(email,"a@b.com")',
      sort: "-created",
      include: ["lists"],
    });
    // @ts-expect-error unknown field of a profile
    getProfiles(klaviyo, { fields: { profile: ["nope"] } });
    // @ts-expect-error sort values come from the spec
    getProfiles(klaviyo, { sort: "email" });
    // @ts-expect-error path params are required
    getProfile(klaviyo, {});
    // @ts-expect-error the body is required
    createProfile(klaviyo, {});
    createProfile(klaviyo, {
      body: { data: { type: "profile", attributes: { email: "a@b.com" } } },
      headers: { "x-trace": "t" },
    });
  });

  test("never ask for revision or company_id", () => {
    type Params = OperationParams<operations["create_client_subscription"]>;
    expectTypeOf<Params>().not.toHaveProperty("company_id");
    expectTypeOf<Params>().not.toHaveProperty("headers");
    createClientSubscription(klaviyo, { body: { data: { type: "profile", attributes: {} } } });
  });

  test("paginated operations iterate items and pages", () => {
    expectTypeOf(getProfiles.all(klaviyo)).toEqualTypeOf<AsyncIterable<ProfileResource>>();
    expectTypeOf(getProfiles.pages(klaviyo, { sort: "created" })).toEqualTypeOf<
      AsyncIterable<ProfileCollection>
    >();
    expectTypeOf<OperationItem<operations["get_profiles"]>>().toEqualTypeOf<ProfileResource>();
    expectTypeOf(getProfile).not.toHaveProperty("all");
  });

  test("options accept signal, timeout and idempotent", () => {
    createProfile(
      klaviyo,
      { body: { data: { type: "profile", attributes: {} } } },
      { signal: AbortSignal.timeout(1), timeoutMs: 5, idempotent: true },
    );
  });
});

describe("helper types over operation functions", () => {
  test("ParamsOf, ResultOf and ItemOf read an operation function", () => {
    expectTypeOf<ParamsOf<typeof getProfile>>().toEqualTypeOf<
      OperationParams<operations["get_profile"]>
    >();
    expectTypeOf<ParamsOf<typeof getProfile>>().toHaveProperty("id").toEqualTypeOf<string>();
    expectTypeOf<ResultOf<typeof getProfiles>>().toEqualTypeOf<ProfileCollection>();
    expectTypeOf<ResultOf<typeof deleteProfile>>().toEqualTypeOf<void>();
    expectTypeOf<ItemOf<typeof getProfiles>>().toEqualTypeOf<ProfileResource>();
  });
});

describe("typed fetch", () => {
  test("keeps openapi-fetch's result", async () => {
    const { data, error } = await klaviyo.GET("/api/profiles/{id}", {
      params: { path: { id: "1" }, header: { revision: "2026-04-15" } },
    });
    expectTypeOf(data).toEqualTypeOf<ProfileDocument | undefined>();
    expectTypeOf(error).not.toBeAny();
    expectTypeOf(klaviyo.revision).toEqualTypeOf<string>();
  });
});

describe("typed fetch", () => {
  test("keeps openapi-fetch's typed results and takes the runtime's per-call options", () => {
    const result = klaviyo.GET("/api/profiles/{id}", {
      params: { path: { id: "1" }, header: { revision: "x" } },
      timeoutMs: 5000,
    });
    expectTypeOf(result)
      .resolves.toHaveProperty("data")
      .toEqualTypeOf<ProfileDocument | undefined>();
    // @ts-expect-error a path that is not in the spec
    void klaviyo.GET("/api/nope");
  });

  test("offers no middleware: hooks and the runtime take its place", () => {
    // @ts-expect-error openapi-fetch's use() is not part of the client
    void klaviyo.use;
  });
});
