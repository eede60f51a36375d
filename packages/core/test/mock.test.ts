import { startMock, type MockServer } from "@klaviyo-ts/mock";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { KlaviyoServerError } from "../src/index.js";
import {
  createKlaviyo,
  createProfile,
  getProfile,
  getProfiles,
} from "./fixtures/profiles-client.js";

const newProfile = (email: string) => ({
  data: { type: "profile" as const, attributes: { email } },
});

describe("against @klaviyo-ts/mock", () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMock({ revision: "2026-04-15", seed: 7 });
  });
  afterAll(async () => {
    await mock?.close();
  });

  const client = () =>
    createKlaviyo({ apiKey: "pk_mock", baseUrl: mock.url, retry: { baseDelayMs: 5 } });

  test("creates a profile and reads it back through both layers", async () => {
    const klaviyo = client();
    const created = await createProfile(klaviyo, { body: newProfile("roundtrip@example.com") });
    const fetched = await getProfile(klaviyo, {
      id: created.data.id,
      fields: { profile: ["email"] },
    });
    expect(fetched.data.attributes.email).toBe("roundtrip@example.com");
    const { data, error } = await klaviyo.GET("/api/profiles/{id}", {
      params: { path: { id: created.data.id }, header: { revision: "ignored" } },
    });
    expect(error).toBeUndefined();
    expect(data?.data.id).toBe(created.data.id);
    const sent = mock.requests.at(-1)!;
    expect(sent.status).toBe(200);
  });

  test("iterates every profile across pages, each once", async () => {
    const ids: string[] = [];
    for await (const profile of getProfiles.all(client(), { page: { size: 20 } }))
      ids.push(profile.id);
    expect(ids.length).toBeGreaterThan(20);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("GETs survive 5xx, resets, truncated and non-JSON bodies and 429s", async () => {
    mock.setFaults({
      sequence: ["500", "reset-before-body", "truncated", "non-json", "503", "524", "429"],
      operations: ["get_profiles"],
    });
    try {
      const klaviyo = createKlaviyo({
        apiKey: "pk_mock",
        baseUrl: mock.url,
        retry: { baseDelayMs: 5, maxRetries: 7 },
      });
      const page = await getProfiles(klaviyo, { page: { size: 5 } });
      expect(page.data).toHaveLength(5);
    } finally {
      mock.setFaults();
    }
  });

  test("a POST is not repeated after a 500 or a reset after the body was sent", async () => {
    for (const fault of ["500", "reset-after-body"] as const) {
      mock.setFaults({ sequence: [fault], operations: ["create_profile"] });
      mock.clearRequests();
      const error = await createProfile(client(), {
        body: newProfile(`once-${fault}@example.com`),
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(fault === "500" ? KlaviyoServerError : Error);
      expect(mock.requests.filter((r) => r.operationId === "create_profile")).toHaveLength(1);
    }
    mock.setFaults();
  });

  test("pacing stays inside the mock's real limits: no 429", async () => {
    // A mock of its own: the other tests used part of this account's quota behind the client's back.
    const fresh = await startMock({ revision: "2026-04-15", seed: 8 });
    // The margin covers the time between admission and arrival, which a loaded CI machine
    // (several suites on two cores) can stretch past the default 100 ms.
    const klaviyo = createKlaviyo({
      apiKey: "pk_mock",
      baseUrl: fresh.url,
      rateLimit: { marginMs: 400 },
    });
    await Promise.all(
      Array.from({ length: 120 }, () => getProfiles(klaviyo, { page: { size: 1 } })),
    );
    const statuses = fresh.requests.map((r) => r.status);
    await fresh.close();
    expect(statuses).toHaveLength(120);
    expect(statuses.filter((s) => s === 429)).toEqual([]);
  });
});
