import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MockServer } from "../src/index.js";
import { call, fillPath, start } from "./helpers.js";
import { loadSpec, responseSchema } from "./spec.js";
import { responseChecker } from "./spec-ajv.js";

const { spec } = loadSpec();
const checkResponse = responseChecker(spec);

interface GetOperation {
  id: string;
  path: string;
  operation: any;
}

const gets: GetOperation[] = Object.entries(spec.paths).flatMap(([path, item]) =>
  item.get ? [{ id: item.get.operationId as string, path, operation: item.get }] : [],
);

/** A value for each required query parameter: its first enum option or its example. */
const STATEFUL = [
  "catalog-items",
  "catalog-variants",
  "catalog-categories",
  "tags",
  "tag-groups",
  "templates",
  "campaigns",
  "webhooks",
  "segments",
];

/** Catalog bulk jobs by resource, with the body attribute that holds their operations. */
const CATALOG_JOB_RESOURCES = [
  ["item", "items"],
  ["variant", "variants"],
  ["category", "categories"],
] as const;

function requiredQuery(operation: any): string {
  const params = new URLSearchParams();
  for (const parameter of operation.parameters ?? []) {
    if (parameter.in !== "query" || !parameter.required) continue;
    const schema = parameter.schema ?? {};
    params.set(parameter.name, String(schema.enum?.[0] ?? schema.example ?? "ABC123"));
  }
  // Klaviyo refuses get_campaigns without a channel filter (the generator's quirk says so too).
  if (operation.operationId === "get_campaigns")
    params.set("filter", "equals(messages.channel,'email')");
  const text = params.toString();
  return text ? `?${text}` : "";
}

function requiredHeaders(operation: any): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const parameter of operation.parameters ?? []) {
    if (parameter.in === "header" && parameter.required && parameter.name !== "revision") {
      headers[parameter.name] = "x";
    }
  }
  return headers;
}

describe("every GET operation of the spec", () => {
  let mock: MockServer;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    mock = await start({ rateLimits: false, seed: 7 });
    const list = await call(mock, {
      method: "POST",
      path: "/api/lists",
      body: { data: { type: "list", attributes: { name: "Fixtures" } } },
    });
    ids["/api/lists/{id}"] = list.body.data.id;
    const job = await call(mock, {
      method: "POST",
      path: "/api/profile-bulk-import-jobs",
      body: {
        data: {
          type: "profile-bulk-import-job",
          attributes: {
            profiles: { data: [{ type: "profile", attributes: { email: "job@example.com" } }] },
          },
        },
      },
    });
    ids["/api/profile-bulk-import-jobs/{job_id}"] = job.body.data.id;
    for (const [resource, attribute] of CATALOG_JOB_RESOURCES) {
      for (const action of ["create", "update", "delete"]) {
        const path = `/api/catalog-${resource}-bulk-${action}-jobs`;
        const type = `catalog-${resource}-bulk-${action}-job`;
        const started = await call(mock, {
          method: "POST",
          path,
          body: { data: { type, attributes: { [attribute]: { data: [] } } } },
        });
        ids[`${path}/{job_id}`] = started.body.data.id;
      }
    }
    const profiles = await call(mock, { path: "/api/profiles?page[size]=1" });
    ids["/api/profiles/{id}"] = profiles.body.data[0].id;
    // Stateful collections answer 404 for ids they do not hold: take a seeded one.
    for (const seg of STATEFUL) {
      const filter = seg === "campaigns" ? "?filter=equals(messages.channel,'email')" : "";
      const page = await call(mock, { path: `/api/${seg}${filter}` });
      ids[`/api/${seg}/{id}`] = encodeURIComponent(page.body.data[0].id);
    }
  });
  afterAll(() => mock.close());

  function concretePath(path: string, operation: any): string {
    const prefix = Object.keys(ids).find((template) => path.startsWith(template));
    return fillPath(path, operation, (name) =>
      prefix && path.startsWith(prefix) && prefix.endsWith(`{${name}}`)
        ? (ids[prefix] as string)
        : `MOCK${name.toUpperCase()}`,
    );
  }

  it("covers the spec", () => {
    expect(gets.length).toBeGreaterThan(150);
  });

  it.each(gets)(
    "$id answers a document valid against its 200 schema",
    async ({ path, operation }) => {
      const answer = await call(mock, {
        path: concretePath(path, operation) + requiredQuery(operation),
        headers: requiredHeaders(operation),
      });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect(responseSchema(operation, "200")).toBeDefined();
      expect(checkResponse(path, "get", 200, answer.body)).toBeUndefined();
    },
  );
});

const withInclude = gets.flatMap(({ id, path, operation }) => {
  const include = (operation.parameters ?? []).find((p: any) => p.name === "include");
  return include
    ? [{ id, path, operation, include: include.schema.items.enum.join(",") as string }]
    : [];
});

describe("compound documents", () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await start({ rateLimits: false, seed: 11 });
  });
  afterAll(() => mock.close());

  it.each(withInclude)("$id?include=$include stays valid", async ({ path, operation, include }) => {
    const separator = requiredQuery(operation) ? "&" : "?";
    const answer = await call(mock, {
      path:
        fillPath(path, operation, () => "ANY") +
        requiredQuery(operation) +
        `${separator}include=${include}`,
      headers: requiredHeaders(operation),
    });
    if (answer.status === 404) return expect(path).toMatch(/\{/);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(checkResponse(path, "get", 200, answer.body)).toBeUndefined();
  });

  it("omits additional fields unless asked, and trims to sparse fieldsets", async () => {
    const plain = await call(mock, { path: "/api/profiles?page[size]=1" });
    expect(plain.body.data[0].attributes).not.toHaveProperty("subscriptions");
    expect(plain.body.data[0].attributes).not.toHaveProperty("predictive_analytics");
    expect(plain.body).not.toHaveProperty("included");
    const asked = await call(mock, {
      path: "/api/profiles?page[size]=1&additional-fields[profile]=subscriptions&include=push-tokens",
    });
    expect(asked.body.data[0].attributes).toHaveProperty("subscriptions");
    expect(asked.body.data[0].attributes).not.toHaveProperty("predictive_analytics");
    expect(asked.body).toHaveProperty("included");
    const sparse = await call(mock, {
      path: "/api/profiles?page[size]=1&fields[profile]=email,location.city",
    });
    expect(Object.keys(sparse.body.data[0].attributes).sort()).toEqual(["email", "location"]);
  });
});

describe("determinism", () => {
  it("answers byte-identical documents for one seed and different ones for another", async () => {
    const [a, b, c] = await Promise.all([
      start({ seed: 42 }),
      start({ seed: 42 }),
      start({ seed: 43 }),
    ]);
    try {
      const path = "/api/campaigns?filter=equals(messages.channel,'email')";
      const [first, second, other] = await Promise.all([
        call(a, { path }),
        call(b, { path }),
        call(c, { path }),
      ]);
      const strip = (body: unknown) => JSON.stringify(body).replaceAll(/127\.0\.0\.1:\d+/g, "HOST");
      expect(first.status).toBe(200);
      expect(strip(first.body)).toBe(strip(second.body));
      expect(strip(first.body)).not.toBe(strip(other.body));
    } finally {
      await Promise.all([a.close(), b.close(), c.close()]);
    }
  });
});
