import { describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { readOperations } from "../../src/model/operations.js";
import { document, operation } from "./document.js";

describe("readOperations", () => {
  it("reads metadata, sorted by operationId", () => {
    const doc = document({
      "/api/profiles": {
        get: operation({
          operationId: "get_profiles",
          parameters: [{ name: "page[cursor]", in: "query" }],
          "x-klaviyo-filters": { email: { operators: { single: ["equals"] } } },
        }),
        post: operation({
          operationId: "create_profile",
          "x-klaviyo-ratelimit": { burst: "75/s", steady: "700/m", daily: "5000/d" },
          "x-klaviyo-operation-aliases": ["spawn_profile", "make_profile"],
        }),
      },
      "/client/subscriptions": {
        post: operation({
          operationId: "create_client_subscription",
          tags: ["Client"],
          "x-klaviyo-pre-release": "BETA",
        }),
      },
    });
    expect(readOperations(doc)).toEqual([
      {
        id: "create_client_subscription",
        name: "createClientSubscription",
        method: "POST",
        path: "/client/subscriptions",
        module: "client",
        summary: "Summary",
        auth: "public",
        rateLimit: { burst: 10, steady: 150 },
        scopes: ["profiles:read"],
        paginated: false,
        beta: true,
        form: false,
        requiredParams: [],
        fieldsets: [],
        additionalFieldsets: [],
        params: { top: [], page: [], headers: [] },
        aliases: [],
      },
      {
        id: "create_profile",
        name: "createProfile",
        method: "POST",
        path: "/api/profiles",
        module: "profiles",
        summary: "Summary",
        auth: "private",
        rateLimit: { burst: 75, steady: 700, daily: 5000 },
        scopes: ["profiles:read"],
        paginated: false,
        beta: false,
        form: false,
        requiredParams: [],
        fieldsets: [],
        additionalFieldsets: [],
        params: { top: [], page: [], headers: [] },
        aliases: ["make_profile", "spawn_profile"],
      },
      {
        id: "get_profiles",
        name: "getProfiles",
        method: "GET",
        path: "/api/profiles",
        module: "profiles",
        summary: "Summary",
        auth: "private",
        rateLimit: { burst: 10, steady: 150 },
        scopes: ["profiles:read"],
        paginated: true,
        beta: false,
        form: false,
        requiredParams: [],
        fieldsets: [],
        additionalFieldsets: [],
        params: {
          top: [],
          page: [{ key: "cursor", name: "page[cursor]", in: "query", required: false }],
          headers: [],
        },
        filters: { email: { operators: { single: ["equals"] } } },
        aliases: [],
      },
    ]);
  });

  it("marks operations whose body is multipart form data", () => {
    const doc = document({
      "/api/image-upload": {
        post: operation({
          operationId: "upload_image_from_file",
          requestBody: { content: { "multipart/form-data": { schema: { type: "object" } } } },
        }),
      },
      "/api/images": {
        post: operation({
          operationId: "upload_image_from_url",
          requestBody: { content: { "application/vnd.api+json": { schema: { type: "object" } } } },
        }),
      },
    });
    expect(readOperations(doc).map((op) => [op.id, op.form])).toEqual([
      ["upload_image_from_file", true],
      ["upload_image_from_url", false],
    ]);
  });

  it("refuses two exports with one name", () => {
    const doc = document({
      "/a": { get: operation({ operationId: "get_a", "x-klaviyo-operation-aliases": ["get_b"] }) },
      "/b": { get: operation({ operationId: "get_b" }) },
    });
    expect(() => readOperations(doc)).toThrow(
      new UserError("export name getB is used by both get_a and get_b"),
    );
  });
});
