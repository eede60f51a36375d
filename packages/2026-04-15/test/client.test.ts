import { startMock, type MockServer } from "@klaviyo-ts/mock";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createKlaviyoWithTypedFetch as createBetaKlaviyo } from "../src/beta-typed-fetch.js";
import {
  createEvent,
  createKlaviyo,
  filter,
  getProfiles,
  revision,
  uploadImageFromFile,
} from "../src/index.js";
import { createKlaviyoWithTypedFetch, operationIndex } from "../src/typed-fetch.js";

// The generated client end to end over real HTTP: the mock serves revision 2026-04-15 on loopback
// and records what arrived, so these tests check what the generated metadata makes core send.
let mock: MockServer;
beforeAll(async () => {
  mock = await startMock({ revision: "2026-04-15", seed: 1 });
});
afterAll(() => mock.close());
beforeEach(() => mock.clearRequests());

const options = () => ({ apiKey: "pk_test_generated", baseUrl: mock.url });
const client = () => createKlaviyo(options());
const typedFetchClient = () => createKlaviyoWithTypedFetch(options());
const last = () => mock.requests.at(-1);

describe("createKlaviyo", () => {
  it("pins the revision", () => {
    expect(revision).toBe("2026-04-15");
    expect(client().revision).toBe("2026-04-15");
  });

  it("has no typed fetch, which createKlaviyoWithTypedFetch adds on the same revision", () => {
    expect("GET" in client()).toBe(false);
    expect(typedFetchClient().revision).toBe("2026-04-15");
    expect(typeof typedFetchClient().GET).toBe("function");
  });
});

describe("createKlaviyoWithTypedFetch", () => {
  it("sends typed-fetch calls with the pinned revision header", async () => {
    const { data, error } = await typedFetchClient().GET("/api/profiles", {
      params: { query: { "fields[profile]": ["email", "first_name"], "page[size]": 5 } },
    });
    expect(error).toBeUndefined();
    expect(data?.data.length).toBeGreaterThan(0);
    expect(last()?.headers.revision).toBe("2026-04-15");
    expect(last()?.query["fields[profile]"]).toBe("email,first_name");
  });

  it("serves operation functions too", async () => {
    const page = await getProfiles(typedFetchClient(), { page: { size: 1 } });
    expect(page.data).toHaveLength(1);
    expect(last()?.operationId).toBe("get_profiles");
  });
});

describe("operation functions", () => {
  it("serialise ergonomic params as the spec says and return the document", async () => {
    const page = await getProfiles(client(), {
      fields: { profile: ["email", "first_name"] },
      page: { size: 3 },
      sort: "-created",
    });
    expect(page.data.length).toBeLessThanOrEqual(3);
    expect(last()).toMatchObject({
      method: "GET",
      path: "/api/profiles",
      operationId: "get_profiles",
      query: { "fields[profile]": "email,first_name", "page[size]": "3", sort: "-created" },
    });
  });

  it("send a built filter in Klaviyo's syntax", async () => {
    await getProfiles(client(), { filter: filter.getProfiles.equals("email", "a@example.com") });
    expect(last()?.query.filter).toBe('equals(email,"a@example.com")');
  });

  it("post a documented body", async () => {
    await createEvent(client(), {
      body: {
        data: {
          type: "event",
          attributes: {
            properties: { plan: "pro" },
            metric: { data: { type: "metric", attributes: { name: "Placed Order" } } },
            profile: { data: { type: "profile", attributes: { email: "a@example.com" } } },
          },
        },
      },
    });
    expect(last()).toMatchObject({ method: "POST", path: "/api/events", status: 202 });
  });

  it("upload an image as multipart form data", async () => {
    const uploaded = await uploadImageFromFile(client(), {
      body: { file: new Blob(["\x89PNG"], { type: "image/png" }), name: "logo" },
    });
    expect(uploaded.data.type).toBe("image");
    expect(last()).toMatchObject({ method: "POST", path: "/api/image-upload", status: 201 });
    expect(last()?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const { data } = await typedFetchClient().POST("/api/image-upload", {
      body: { file: new Blob(["\x89PNG"], { type: "image/png" }) },
    });
    expect(data?.data.type).toBe("image");
    expect(last()?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
  });

  it("paginate with .all() following links.next", async () => {
    const ids: string[] = [];
    for await (const profile of getProfiles.all(client(), { page: { size: 2 } }, { maxItems: 5 })) {
      ids.push(String(profile.id));
    }
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    expect(mock.requests.length).toBe(3);
  });
});

describe("operation index", () => {
  it("holds every stable operation with its parsed rate limits", () => {
    const methods = Object.values(operationIndex.routes).join("");
    expect(methods.length / 2).toBe(308);
    const getProfilesRow = operationIndex.routes["/api/profiles"]!.match(/G(.)/)![1]!;
    expect(operationIndex.limits[parseInt(getProfilesRow, 36)]).toEqual([75, 750]);
  });
});

describe("./beta", () => {
  it("sends the .pre revision header on the wire", async () => {
    const beta = createBetaKlaviyo({ apiKey: "pk_test_generated", baseUrl: mock.url });
    expect(beta.revision).toBe("2026-04-15.pre");
    // GET /api/campaigns is in both specs, so the mock (serving the stable one) answers it.
    const { error } = await beta.GET("/api/campaigns", {
      params: { query: { filter: "equals(messages.channel,'email')" } },
    });
    expect(error).toBeUndefined();
    expect(last()?.headers.revision).toBe("2026-04-15.pre");
  });
});
