import { describe, expect, it } from "vitest";
import { emitModuleTypes, withoutSchemaProse } from "../../src/emit/types.js";
import { UserError } from "../../src/errors.js";
import { document, operation } from "../model/document.js";

const body = (schema: object) =>
  document(
    {
      "/api/things": {
        post: operation({
          operationId: "create_thing",
          tags: ["Things"],
          description: "Long prose about creating things.",
          requestBody: {
            content: {
              "application/vnd.api+json": { schema: { $ref: "#/components/schemas/Thing" } },
            },
          },
        }),
      },
      "/api/lists": { get: operation({ operationId: "get_lists", tags: ["Lists"] }) },
    },
    { schemas: { Thing: schema } },
  );

const modules = new Map([
  ["lists", ["/api/lists"]],
  ["things", ["/api/things"]],
]);

describe("emitModuleTypes", () => {
  it.each([
    {
      what: "a field with a default stays optional",
      given: { type: "object", properties: { backfill: { type: "boolean", default: false } } },
      want: "backfill?: boolean;",
    },
    {
      what: "a free-form object takes any JSON",
      given: { type: "object", properties: { properties: { type: "object" } } },
      want: "properties?: Record<string, unknown>;",
    },
    {
      what: "nullable stays nullable",
      given: {
        type: "object",
        properties: { size: { type: "integer", nullable: true } },
        required: ["size"],
      },
      want: "size: number | null;",
    },
    {
      what: "oneOf is a union",
      given: {
        type: "object",
        properties: { v: { oneOf: [{ type: "string" }, { type: "number" }] } },
      },
      want: "v?: string | number;",
    },
  ])("$what", async ({ given, want }) => {
    const files = await emitModuleTypes(body(given), modules, "// header");
    expect(files.get("types/things.ts")).toContain(want);
  });

  it("gives each module its operations, its own schemas and, apart for typed fetch, its routes", async () => {
    const files = await emitModuleTypes(body({ type: "object" }), modules, "// header");
    expect([...files.keys()]).toEqual([
      "types/components.ts",
      "types/lists.ts",
      "paths/lists.ts",
      "types/things.ts",
      "paths/things.ts",
    ]);
    const things = files.get("types/things.ts") ?? "";
    expect(things.startsWith("// header\nexport type Thing = ")).toBe(true);
    expect(files.get("types/components.ts")).not.toContain("Thing");
    expect(things).toContain("create_thing: {");
    expect(things).not.toContain('"/api/things"');
    expect(things).not.toContain("get_lists");
    expect(things).not.toContain("Long prose");
    const routes = files.get("paths/things.ts") ?? "";
    expect(routes).toContain('import type { operations } from "../types/things.js";');
    expect(routes).toContain('"/api/things": {');
    expect(routes).not.toContain("/api/lists");
    expect(files.get("types/components.ts")).not.toContain("/api/things");
  });

  it("keeps what operation functions read, and the error responses for typed fetch only", async () => {
    const doc = document(
      {
        "/api/lists": {
          get: operation({
            operationId: "get_lists",
            tags: ["Lists"],
            responses: {
              "200": {
                description: "Success",
                content: { "application/vnd.api+json": { schema: { type: "object" } } },
              },
              "4XX": { $ref: "#/components/responses/ClientError" },
            },
          }),
        },
      },
      {
        schemas: {},
        responses: {
          ClientError: {
            description: "Client Error",
            content: { "application/vnd.api+json": { schema: { type: "object" } } },
          },
        },
      },
    );
    const files = await emitModuleTypes(doc, new Map([["lists", ["/api/lists"]]]), "// header");
    const operations = files.get("types/lists.ts") ?? "";
    expect(operations).toContain("200: {");
    for (const boilerplate of ["?: never", "headers", "4XX", "requestBody"]) {
      expect(operations).not.toContain(boilerplate);
    }
    const routes = files.get("paths/lists.ts") ?? "";
    expect(routes).toContain(
      'get: operations["get_lists"] & {\n            responses: {\n                "4XX": components["responses"]["ClientError"];',
    );
    expect(routes).toContain('import type { components } from "../types/components.js";');
  });

  it("declares each distinct sparse-fieldset list once, as a schema", async () => {
    const fields = (values: string[]) => ({
      name: "fields[profile]",
      in: "query" as const,
      schema: { type: "array", items: { type: "string", enum: values } },
    });
    const doc = document({
      "/api/a": { get: operation({ operationId: "a", parameters: [fields(["email", "phone"])] }) },
      "/api/b": { get: operation({ operationId: "b", parameters: [fields(["email", "phone"])] }) },
      "/api/c": { get: operation({ operationId: "c", parameters: [fields(["email"])] }) },
    });
    const files = await emitModuleTypes(
      doc,
      new Map([["profiles", ["/api/a", "/api/b", "/api/c"]]]),
      "// header",
    );
    const operations = files.get("types/profiles.ts") ?? "";
    expect(operations).toContain('export type ProfileFields = ("email" | "phone")[];');
    expect(operations).toContain('export type ProfileFields2 = "email"[];');
    expect(operations.match(/"fields\[profile\]"\?: ProfileFields;/g)).toHaveLength(2);
    expect(operations).toContain('"fields[profile]"?: ProfileFields2;');
  });

  it("keeps a schema in the shared file when two modules reach it, and what it reaches", async () => {
    const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
    const json = (schema: object) => ({ content: { "application/vnd.api+json": { schema } } });
    const files = await emitModuleTypes(
      document(
        {
          "/api/things": {
            post: operation({
              operationId: "create_thing",
              tags: ["Things"],
              requestBody: json(ref("Thing")),
            }),
          },
          "/api/lists": {
            post: operation({
              operationId: "create_list",
              tags: ["Lists"],
              requestBody: json(ref("List")),
            }),
          },
        },
        {
          schemas: {
            Thing: { type: "object", properties: { tag: ref("Tag"), own: ref("ThingOwn") } },
            List: { type: "object", properties: { tag: ref("Tag") } },
            Tag: { type: "object", properties: { color: ref("Color") } },
            Color: { type: "string", enum: ["red"] },
            ThingOwn: { type: "string" },
            Unused: { type: "object", properties: { own: ref("ThingOwn") } },
          },
        },
      ),
      modules,
      "// header",
    );
    const shared = files.get("types/components.ts") ?? "";
    for (const name of ["Tag", "Color", "Unused", "ThingOwn"]) {
      expect(shared).toContain(`export type ${name} = `);
    }
    expect(shared).not.toContain("export type Thing = ");
    expect(shared).not.toContain("export type List = ");
    const things = files.get("types/things.ts") ?? "";
    expect(things).toContain("export type Thing = ");
    expect(things).toContain('import type { Tag, ThingOwn } from "./components.js";');
    expect(files.get("types/lists.ts")).toContain("export type List = ");
  });

  it("refuses a tag module that would overwrite the shared schema file", async () => {
    const clash = new Map([["components", ["/api/things"]]]);
    await expect(emitModuleTypes(body({ type: "object" }), clash, "// header")).rejects.toThrow(
      UserError,
    );
  });
});

describe("schemas by name", () => {
  it("declares each schema as a type and refers to it by name", async () => {
    const files = await emitModuleTypes(
      body({ type: "object", properties: { parent: { $ref: "#/components/schemas/Thing" } } }),
      modules,
      "// header",
    );
    const things = files.get("types/things.ts") ?? "";
    expect(things).toContain("export type Thing = {\n    parent?: Thing;\n};");
    expect(things).not.toContain('components["schemas"]');
    expect(things).toContain('"application/vnd.api+json": Thing;');
  });

  it("refuses a schema whose name would shadow one the type files use", async () => {
    const doc = document({}, { schemas: { Record: { type: "object" } } });
    await expect(emitModuleTypes(doc, new Map(), "// header")).rejects.toThrow(UserError);
  });
});

describe("withoutSchemaProse", () => {
  it("drops descriptions and examples at every depth, keeping fields that bear those names", () => {
    const given = {
      type: "object",
      description: "A profile",
      example: { email: "a@b.com" },
      properties: {
        description: { type: "string", description: "the field named description" },
        example: { type: "string", example: "x" },
        tags: { type: "array", items: { type: "string", enum: ["a", "b"], description: "a tag" } },
        kind: {
          oneOf: [{ type: "string", description: "one" }, { $ref: "#/components/schemas/K" }],
        },
      },
      "x-klaviyo-note": { description: "vendor extensions stay as written" },
    };
    expect(withoutSchemaProse(given)).toEqual({
      type: "object",
      properties: {
        description: { type: "string" },
        example: { type: "string" },
        tags: { type: "array", items: { type: "string", enum: ["a", "b"] } },
        kind: { oneOf: [{ type: "string" }, { $ref: "#/components/schemas/K" }] },
      },
      "x-klaviyo-note": { description: "vendor extensions stay as written" },
    });
  });
});
