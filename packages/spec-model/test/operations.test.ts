import { describe, expect, it } from "vitest";
import { SpecError } from "../src/errors.js";
import { readOperations } from "../src/operations.js";
import { document, operation } from "./document.js";

const only = (doc: ReturnType<typeof document>) => {
  const [op, ...rest] = readOperations(doc);
  expect(rest).toEqual([]);
  return op!;
};

describe("readOperations", () => {
  it("reads every extension, in spec order, keeping the raw operation", () => {
    const raw = operation({
      operationId: "create_profile",
      "x-klaviyo-ratelimit": { burst: "75/s", steady: "700/m", daily: "5000/d" },
      "x-klaviyo-operation-aliases": ["spawn_profile", "make_profile"],
      "x-klaviyo-pre-release": "BETA",
    });
    const ops = readOperations(
      document({
        "/api/profiles": { post: raw, get: operation({ operationId: "get_profiles" }) },
      }),
    );
    expect(ops.map((op) => `${op.method} ${op.id}`)).toEqual([
      "GET get_profiles",
      "POST create_profile",
    ]);
    expect(ops[1]).toEqual({
      id: "create_profile",
      method: "POST",
      path: "/api/profiles",
      auth: "private",
      rateLimit: { burst: 75, steady: 700, daily: 5000 },
      scopes: ["profiles:read"],
      paginated: false,
      beta: true,
      aliases: ["make_profile", "spawn_profile"],
      operation: raw,
    });
  });

  it.each([
    { given: "None", beta: false },
    { given: undefined, beta: false },
    { given: "BETA", beta: true },
  ])("x-klaviyo-pre-release $given -> beta $beta", ({ given, beta }) => {
    const raw = operation({ operationId: "a", "x-klaviyo-pre-release": given });
    expect(only(document({ "/api/a": { get: raw } })).beta).toBe(beta);
  });

  describe("auth", () => {
    it.each([
      { path: "/client/subscriptions", security: undefined, auth: "public" },
      { path: "/client/subscriptions", security: [], auth: "public" },
      { path: "/api/profiles", security: undefined, auth: "private" },
      { path: "/api/profiles", security: [{ "Klaviyo-API-Key": [] }], auth: "private" },
    ])("$path with security $security is $auth", ({ path, security, auth }) => {
      const raw = operation({ operationId: "a", ...(security && { security }) });
      expect(only(document({ [path]: { post: raw } })).auth).toBe(auth);
    });

    it.each([
      { path: "/api/profiles", security: [] },
      { path: "/client/subscriptions", security: [{ "Klaviyo-API-Key": [] }] },
    ])("rejects $path whose security $security says otherwise", ({ path, security }) => {
      const doc = document({ [path]: { post: operation({ operationId: "a", security }) } });
      expect(() => readOperations(doc)).toThrow(SpecError);
    });
  });

  describe("paginated", () => {
    it.each([
      { parameter: { name: "page[cursor]", in: "query" }, paginated: true },
      { parameter: { name: "page[cursor]", in: "header" }, paginated: false },
      { parameter: { name: "page[size]", in: "query" }, paginated: false },
      { parameter: { $ref: "#/components/parameters/Cursor" }, paginated: true },
    ])("$parameter -> $paginated", ({ parameter, paginated }) => {
      const doc = document(
        { "/api/a": { get: operation({ operationId: "a", parameters: [parameter] }) } },
        { parameters: { Cursor: { name: "page[cursor]", in: "query" } } },
      );
      expect(only(doc).paginated).toBe(paginated);
    });
  });

  describe("filters", () => {
    const channel = { operators: { single: ["equals"] }, value: { type: "string" } };
    const grammar = { "messages.channel": channel, name: { operators: { single: ["contains"] } } };

    it("marks get_campaigns' channel filter required, and no other operation's", () => {
      const doc = document({
        "/api/campaigns": {
          get: operation({ operationId: "get_campaigns", "x-klaviyo-filters": grammar }),
        },
        "/api/flows": {
          get: operation({ operationId: "get_flows", "x-klaviyo-filters": grammar }),
        },
      });
      const [campaigns, flows] = readOperations(doc);
      expect(campaigns!.filters).toEqual({
        ...grammar,
        "messages.channel": { ...channel, required: true },
      });
      expect(flows!.filters).toEqual(grammar);
    });

    it("has no grammar when the spec has none (revisions before 2026-04-15)", () => {
      const op = only(document({ "/api/a": { get: operation({ operationId: "a" }) } }));
      expect(op).not.toHaveProperty("filters");
    });

    it.each([
      { given: "equals" },
      { given: { email: { value: { type: "string" } } } },
      { given: { email: { operators: { single: "equals" } } } },
    ])("rejects the unreadable grammar $given", ({ given }) => {
      const doc = document({
        "/api/a": { get: operation({ operationId: "a", "x-klaviyo-filters": given }) },
      });
      expect(() => readOperations(doc)).toThrow(SpecError);
    });
  });

  it.each([
    {
      name: "no operationId",
      raw: operation({ operationId: "" }),
      error: "GET /api/a has no operationId",
    },
    {
      name: "no rate limit",
      raw: operation({ operationId: "a", "x-klaviyo-ratelimit": undefined }),
      error: "a has no x-klaviyo-ratelimit",
    },
    {
      name: "scopes that are not strings",
      raw: operation({ operationId: "a", "x-klaviyo-scopes": "profiles:read" }),
      error: "a: x-klaviyo-scopes is not a list of strings",
    },
  ])("rejects an operation with $name", ({ raw, error }) => {
    expect(() => readOperations(document({ "/api/a": { get: raw } }))).toThrow(
      new SpecError(error),
    );
  });
});
