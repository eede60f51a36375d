import { describe, expect, it } from "vitest";
import { type Change, diffSpecs, type OpenApiDocument } from "../../src/diff/index.js";
import { operation, spec } from "./specs.js";

const GET = { operationId: "get_profiles", method: "GET", path: "/api/profiles" };

function profiles(
  overrides: Record<string, unknown> = {},
  schemas?: Record<string, unknown>,
  version?: string,
): OpenApiDocument {
  return spec({ "/api/profiles": { get: operation("get_profiles", overrides) } }, schemas, version);
}

function withParameters(...parameters: unknown[]): Record<string, unknown> {
  return { parameters: [...(operation("x").parameters as unknown[]), ...parameters] };
}

const query = (name: string, schema: unknown, required = false) => ({
  name,
  in: "query",
  required,
  schema,
});

interface Case {
  name: string;
  before: OpenApiDocument;
  after: OpenApiDocument;
  want: Change[];
}

const cases: Case[] = [
  {
    name: "only the revision differs: doc links, revision header, info.version",
    before: profiles(
      withParameters({
        ...query("fields[profile]", { type: "array" }),
        description:
          "https://developers.klaviyo.com/en/v2025-10-15/reference/api-overview#sparse-fieldsets",
      }),
      undefined,
      "2025-10-15",
    ),
    after: spec(
      {
        "/api/profiles": {
          get: operation("get_profiles", {
            description: "See https://developers.klaviyo.com/en/v2026-01-15/reference/api-overview",
            parameters: [
              {
                name: "revision",
                in: "header",
                required: true,
                schema: { type: "string", default: "2026-01-15", enum: ["2026-01-15"] },
              },
              {
                ...query("fields[profile]", { type: "array" }),
                description:
                  "https://developers.klaviyo.com/en/v2026-01-15/reference/api-overview#sparse-fieldsets",
              },
            ],
          }),
        },
      },
      undefined,
      "2026-01-15",
    ),
    want: [],
  },
  {
    name: "operation added and removed",
    before: spec({ "/api/a": { get: operation("get_a") } }),
    after: spec({ "/api/b": { post: operation("create_b") } }),
    want: [
      { kind: "operation-added", operationId: "create_b", method: "POST", path: "/api/b" },
      { kind: "operation-removed", operationId: "get_a", method: "GET", path: "/api/a" },
    ],
  },
  {
    name: "operation renamed: the new one keeps the old name as an alias",
    before: spec({ "/api/a": { get: operation("get_a") } }),
    after: spec({
      "/api/a2": { get: operation("get_a_v2", { "x-klaviyo-operation-aliases": ["get_a"] }) },
    }),
    want: [
      {
        kind: "operation-renamed",
        operationId: "get_a_v2",
        method: "GET",
        path: "/api/a2",
        from: "get_a",
      },
      {
        kind: "operation-moved",
        operationId: "get_a_v2",
        method: "GET",
        path: "/api/a2",
        before: { method: "GET", path: "/api/a" },
      },
      {
        kind: "alias-added",
        operationId: "get_a_v2",
        method: "GET",
        path: "/api/a2",
        alias: "get_a",
      },
    ],
  },
  {
    name: "operation renamed in place: same method and path",
    before: spec({ "/api/a": { get: operation("get_a") } }),
    after: spec({ "/api/a": { get: operation("get_the_a") } }),
    want: [
      {
        kind: "operation-renamed",
        operationId: "get_the_a",
        method: "GET",
        path: "/api/a",
        from: "get_a",
      },
    ],
  },
  {
    name: "aliases, scopes, rate limits, pre-release",
    before: profiles({ "x-klaviyo-operation-aliases": ["old_one"] }),
    after: profiles({
      "x-klaviyo-operation-aliases": ["new_one"],
      "x-klaviyo-scopes": ["profiles:read", "lists:read"],
      "x-klaviyo-ratelimit": { burst: "350/s", steady: "700/m", daily: "1000/d" },
      "x-klaviyo-pre-release": "Beta",
    }),
    want: [
      { ...GET, kind: "alias-added", alias: "new_one" },
      { ...GET, kind: "alias-removed", alias: "old_one" },
      { ...GET, kind: "beta-changed", beta: true },
      { ...GET, kind: "scopes-changed", added: ["lists:read"], removed: [] },
      {
        ...GET,
        kind: "rate-limit-changed",
        before: { burst: "75/s", steady: "700/m" },
        after: { burst: "350/s", steady: "700/m", daily: "1000/d" },
      },
    ],
  },
  {
    name: "filter grammar: fields, operators by arity, value schema",
    before: profiles({
      "x-klaviyo-filters": {
        email: { operators: { single: ["equals"], list: ["any"] }, value: { type: "string" } },
        status: {
          operators: { single: ["equals"] },
          value: { type: "string", enum: ["active", "archived"] },
        },
        _kx: { operators: { single: ["equals"] }, value: { type: "string" } },
      },
    }),
    after: profiles({
      "x-klaviyo-filters": {
        email: { operators: { single: ["equals", "contains"] }, value: { type: "string" } },
        status: { operators: { single: ["equals"] }, value: { type: "string", enum: ["active"] } },
        created: { operators: { single: ["greater-than"] }, value: { type: "string" } },
      },
    }),
    want: [
      { ...GET, kind: "filter-fields-added", fields: ["created"] },
      { ...GET, kind: "filter-fields-removed", fields: ["_kx"] },
      {
        ...GET,
        kind: "filter-operators-added",
        field: "email",
        arity: "single",
        operators: ["contains"],
      },
      {
        ...GET,
        kind: "filter-operators-removed",
        field: "email",
        arity: "list",
        operators: ["any"],
      },
      {
        ...GET,
        kind: "enum-values-removed",
        site: { direction: "request", label: "filter status" },
        pointer: "",
        values: ["archived"],
      },
    ],
  },
  {
    name: "parameters added, removed, required-ness and schema",
    before: profiles(
      withParameters(
        query("gone", { type: "string" }),
        query("page[size]", { type: "integer" }),
        query("page[cursor]", { type: "string" }, true),
        query("sort", { type: "string", enum: ["created", "-created"] }),
      ),
    ),
    after: profiles(
      withParameters(
        query("page[size]", { type: "integer" }, true),
        query("page[cursor]", { type: "string" }),
        query("sort", { type: "string", enum: ["created", "-created", "updated"] }),
        query("filter", { type: "string" }),
        { name: "id", in: "path", required: true, schema: { type: "string" } },
      ),
    ),
    want: [
      { ...GET, kind: "parameter-added", in: "path", name: "id", required: true },
      { ...GET, kind: "parameter-added", in: "query", name: "filter", required: false },
      { ...GET, kind: "parameter-removed", in: "query", name: "gone" },
      { ...GET, kind: "parameter-became-required", in: "query", name: "page[size]" },
      { ...GET, kind: "parameter-became-optional", in: "query", name: "page[cursor]" },
      {
        ...GET,
        kind: "enum-values-added",
        site: { direction: "request", label: "query sort" },
        pointer: "",
        values: ["updated"],
      },
    ],
  },
  {
    name: "parameter $refs are resolved",
    before: {
      ...profiles({ parameters: [{ $ref: "#/components/parameters/Page" }] }),
      components: {
        schemas: { Doc: { type: "object" } },
        parameters: { Page: query("page[cursor]", { type: "string" }) },
      },
    } as OpenApiDocument,
    after: profiles(withParameters(query("page[cursor]", { type: "string" }))),
    want: [],
  },
  {
    name: "request body added, made optional or required, removed",
    before: spec({
      "/api/a": {
        post: operation("create_a"),
        patch: operation("update_a", { requestBody: { required: true, content: {} } }),
        put: operation("replace_a", { requestBody: { content: {} } }),
        delete: operation("delete_a", { requestBody: { content: {} } }),
      },
    }),
    after: spec({
      "/api/a": {
        post: operation("create_a", { requestBody: { required: true, content: {} } }),
        patch: operation("update_a", { requestBody: { content: {} } }),
        put: operation("replace_a", { requestBody: { required: true, content: {} } }),
        delete: operation("delete_a"),
      },
    }),
    want: [
      {
        operationId: "create_a",
        method: "POST",
        path: "/api/a",
        kind: "request-body-added",
        required: true,
      },
      { operationId: "delete_a", method: "DELETE", path: "/api/a", kind: "request-body-removed" },
      {
        operationId: "replace_a",
        method: "PUT",
        path: "/api/a",
        kind: "request-body-became-required",
      },
      {
        operationId: "update_a",
        method: "PATCH",
        path: "/api/a",
        kind: "request-body-became-optional",
      },
    ],
  },
  {
    name: "request and response schema changes carry their direction",
    before: profiles({
      requestBody: {
        content: {
          "application/vnd.api+json": {
            schema: { type: "object", properties: { a: { type: "string" } } },
          },
        },
      },
    }),
    after: profiles(
      {
        requestBody: {
          content: {
            "application/vnd.api+json": {
              schema: { type: "object", properties: { a: { type: "string" } }, required: ["a"] },
            },
          },
        },
      },
      { Doc: { type: "object", properties: { links: { type: "object" } } } },
    ),
    want: [
      {
        ...GET,
        kind: "required-added",
        site: { direction: "request", label: "request body" },
        pointer: "a",
      },
      {
        ...GET,
        kind: "property-added",
        site: { direction: "response", label: "response 200" },
        pointer: "links",
        required: false,
        schema: "Doc",
      },
    ],
  },
  {
    name: "responses added and removed by status",
    before: profiles({ responses: { "200": { description: "OK" } } }),
    after: profiles({ responses: { "204": { description: "OK" } } }),
    want: [
      { ...GET, kind: "response-added", status: "204" },
      { ...GET, kind: "response-removed", status: "200" },
    ],
  },
  {
    name: "summary and description changes are documentation",
    before: profiles(),
    after: profiles({ summary: "Get all profiles", description: "Now with more words." }),
    want: [
      { ...GET, kind: "documentation", where: "description" },
      { ...GET, kind: "documentation", where: "summary" },
    ],
  },
];

describe("diffSpecs", () => {
  it.each(cases)("$name", ({ before, after, want }) => {
    expect(diffSpecs(before, after).changes).toEqual(want);
  });

  it("labels the diff with info.version unless told otherwise", () => {
    const before = profiles({}, undefined, "2025-10-15");
    const after = profiles({}, undefined, "2026-01-15");
    expect(diffSpecs(before, after)).toMatchObject({ from: "2025-10-15", to: "2026-01-15" });
    expect(diffSpecs(before, after, { from: "a", to: "b" })).toMatchObject({ from: "a", to: "b" });
  });

  it("does not modify its inputs", () => {
    const before = profiles(withParameters(query("sort", { type: "string", enum: ["a"] })));
    const after = profiles(withParameters(query("sort", { type: "string", enum: ["b", "a"] })));
    const snapshot = JSON.stringify([before, after]);
    diffSpecs(before, after);
    expect(JSON.stringify([before, after])).toBe(snapshot);
  });
});
