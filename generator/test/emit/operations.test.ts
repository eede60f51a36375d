import { describe, expect, it } from "vitest";
import {
  emitOperations,
  operationDoc,
  operationMetadata,
  paramsType,
} from "../../src/emit/operations.js";
import type { OperationModel } from "../../src/model/operations.js";
import { printLiteral } from "../../src/emit/source-file.js";
import { model } from "./model.js";

describe("operationDoc", () => {
  it.each([
    {
      given: model({ id: "get_things", name: "getThings" }),
      want: [
        "Get Things",
        "",
        "Scopes: `things:read` · Rate limits: burst 10/s, steady 150/m",
        "Reference: https://developers.klaviyo.com/en/v2030-01-15/reference/get_things",
      ],
    },
    {
      given: model({
        id: "make",
        name: "make",
        summary: "Make */ it",
        scopes: [],
        beta: true,
        rateLimit: { burst: 1, steady: 2, daily: 3 },
      }),
      want: [
        "Make *\\/ it",
        "",
        "Beta: this operation is a pre-release and may change without notice.",
        "",
        "Scopes: none · Rate limits: burst 1/s, steady 2/m, daily 3/d",
        "Reference: https://developers.klaviyo.com/en/v2030-01-15/reference/make",
      ],
    },
  ])("$given.id", ({ given, want }) => {
    expect(operationDoc(given, "2030-01-15").split("\n")).toEqual(want);
  });
});

describe("operationMetadata printed as a literal", () => {
  it.each([
    {
      given: model({ id: "get_things", name: "getThings", paginated: true }),
      want: {
        id: "get_things",
        method: "GET",
        path: "/api/things",
        rateLimit: { burst: 10, steady: 150 },
        scopes: ["things:read"],
        paginated: true,
      },
    },
    {
      given: model({ id: "f", name: "f", filters: { id: { operators: { single: ["equals"] } } } }),
      want: {
        id: "f",
        method: "GET",
        path: "/api/things",
        rateLimit: { burst: 10, steady: 150 },
        scopes: ["things:read"],
        filters: { id: "a" },
      },
    },
    {
      given: model({ id: "create_client_event", name: "createClientEvent", auth: "public" }),
      want: {
        id: "create_client_event",
        method: "GET",
        path: "/api/things",
        auth: "core's clientEndpointAuth",
        rateLimit: { burst: 10, steady: 150 },
        scopes: ["things:read"],
      },
    },
    {
      given: model({ id: "get_beta_things", name: "getBetaThings", beta: true }),
      want: {
        id: "get_beta_things",
        method: "GET",
        path: "/api/things",
        rateLimit: { burst: 10, steady: 150 },
        scopes: ["things:read"],
        beta: true,
      },
    },
  ])("$given.id", ({ given, want }) => {
    const clientEndpointAuth = "core's clientEndpointAuth";
    const read = new Function(
      "clientEndpointAuth",
      `return ${printLiteral(operationMetadata(given))};`,
    );
    expect(read(clientEndpointAuth)).toEqual(want);
  });
});

describe("emitOperations", () => {
  it("emits one pure defineOperation per operation and a deprecated const per alias", () => {
    const text = emitOperations(
      [model({ id: "get_things", name: "getThings", aliases: ["list_things"] })],
      "things",
      "2030-01-15",
      "// header",
    );
    expect(text.split("\n").slice(0, 3)).toEqual([
      "// header",
      'import { defineOperation, type Operation } from "@klaviyo-ts/core";',
      'import type { operations } from "../types/things.js";',
    ]);
    expect(text).toContain(
      'export const getThings: Operation<operations["get_things"], never, { params: {}; required: never; paginated: false; fields: never; additionalFields: never }> = /* @__PURE__ */ defineOperation({\n  id: "get_things",\n',
    );
    expect(text).toContain(
      "/** @deprecated Use `getThings` (`get_things`); `list_things` is its former operationId. */\n" +
        "export const listThings: typeof getThings = getThings;",
    );
  });

  it("states the operation's facts: the params a call needs and whether it pages", () => {
    const text = emitOperations(
      [
        model({ id: "get_things", name: "getThings", paginated: true }),
        model({
          id: "update_thing",
          name: "updateThing",
          requiredParams: ["body", "id"],
          fieldsets: ["thing"],
        }),
      ],
      "things",
      "2030-01-15",
      "// header",
    );
    expect(text).toContain(
      'getThings: Operation<operations["get_things"], never, { params: {}; required: never; paginated: true; fields: never; additionalFields: never }>',
    );
    expect(text).toContain(
      'updateThing: Operation<operations["update_thing"], never, { params: {}; required: "body" | "id"; paginated: false; fields: "thing"; additionalFields: never }>',
    );
  });

  it("imports core's auth of client endpoints where a client operation names it", () => {
    const text = emitOperations(
      [model({ id: "create_client_event", name: "createClientEvent", auth: "public" })],
      "events",
      "2030-01-15",
      "// header",
    );
    expect(text).toContain(
      'import { clientEndpointAuth, defineOperation, type Operation } from "@klaviyo-ts/core";',
    );
    expect(text).toContain("  auth: clientEndpointAuth,\n");
  });

  it("types the filter param of an operation that filters with its grammar", () => {
    const text = emitOperations(
      [
        model({
          id: "get_things",
          name: "getThings",
          params: {
            top: [{ key: "filter", name: "filter", in: "query", required: false }],
            page: [],
            headers: [],
          },
          filters: {
            created: {
              operators: { single: ["greater-than"] },
              value: { type: "string", format: "date-time" },
            },
          },
        }),
      ],
      "things",
      "2030-01-15",
      "// header",
    );
    expect(text).toContain(
      'import { type DateTimeValue, defineOperation, type FilterArgument, type Operation } from "@klaviyo-ts/core";',
    );
    expect(text).toContain(
      'export type GetThingsFilterGrammar = { "created": { single: "greater-than"; value: DateTimeValue } };',
    );
    expect(text).toContain(
      'export const getThings: Operation<operations["get_things"], GetThingsFilterGrammar, { params: { filter?: FilterArgument<GetThingsFilterGrammar> }; required: never; paginated: false; fields: never; additionalFields: never }> =',
    );
  });
});

describe("paramsType", () => {
  const query = (key: string, required = false, name = key) =>
    ({ key, name, in: "query", required }) as const;
  const Q = 'Required<NonNullable<operations["op"]["parameters"]["query"]>>';
  const cases: {
    given: string;
    params: OperationModel["params"];
    grammar?: string;
    want: string;
  }[] = [
    { given: "no params", params: { top: [], page: [], headers: [] }, want: "{}" },
    {
      given: "a path param, required",
      params: {
        top: [{ key: "id", name: "id", in: "path", required: true }],
        page: [],
        headers: [],
      },
      want: '{ id: Required<NonNullable<operations["op"]["parameters"]["path"]>>["id"] }',
    },
    {
      given: "plain query params by their spec name, optional unless required",
      params: { top: [query("sort"), query("group_by", true)], page: [], headers: [] },
      want: `{ sort?: ${Q}["sort"]; group_by: ${Q}["group_by"] }`,
    },
    {
      given: "a filter without a grammar is a string",
      params: { top: [query("filter")], page: [], headers: [] },
      want: "{ filter?: string }",
    },
    {
      given: "a required filter with a grammar is its FilterArgument",
      params: { top: [query("filter", true)], page: [], headers: [] },
      grammar: "G",
      want: "{ filter: FilterArgument<G> }",
    },
    {
      given: "page params under page, optional while every one is",
      params: {
        top: [],
        page: [query("cursor", false, "page[cursor]"), query("size", false, "page[size]")],
        headers: [],
      },
      want: `{ page?: { cursor?: ${Q}["page[cursor]"]; size?: ${Q}["page[size]"] } }`,
    },
    {
      given: "a required page param makes page required",
      params: { top: [], page: [query("size", true, "page[size]")], headers: [] },
      want: `{ page: { size: ${Q}["page[size]"] } }`,
    },
    {
      given: "headers under headers, a key that is no identifier quoted",
      params: {
        top: [],
        page: [],
        headers: [{ key: "X-Api-Filters", name: "X-Api-Filters", in: "header", required: false }],
      },
      want: '{ headers?: { "X-Api-Filters"?: Required<NonNullable<operations["op"]["parameters"]["header"]>>["X-Api-Filters"] } }',
    },
    {
      given: "a required body, by its content type",
      params: {
        top: [],
        page: [],
        headers: [],
        body: { contentTypes: ["application/vnd.api+json"], required: true },
      },
      want: '{ body: operations["op"]["requestBody"]["content"]["application/vnd.api+json"] }',
    },
    {
      given: "an optional body with two content types",
      params: {
        top: [],
        page: [],
        headers: [],
        body: { contentTypes: ["application/json", "multipart/form-data"], required: false },
      },
      want: '{ body?: NonNullable<operations["op"]["requestBody"]>["content"]["application/json"] | NonNullable<operations["op"]["requestBody"]>["content"]["multipart/form-data"] }',
    },
  ];
  it.each(cases)("$given", ({ params, grammar, want }) => {
    expect(paramsType(model({ id: "op", name: "op", params }), grammar)).toBe(want);
  });
});
