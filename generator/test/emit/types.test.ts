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
    expect(files.get("components")).toContain(want);
  });

  it("gives each module its routes and operations, importing the shared schemas", async () => {
    const files = await emitModuleTypes(body({ type: "object" }), modules, "// header");
    expect([...files.keys()]).toEqual(["components", "lists", "things"]);
    const things = files.get("things") ?? "";
    expect(
      things.startsWith('// header\nimport type { components } from "./components.js";\n'),
    ).toBe(true);
    expect(things).toContain('"/api/things": {');
    expect(things).toContain("create_thing: {");
    expect(things).not.toContain("/api/lists");
    expect(things).not.toContain("get_lists");
    expect(things).not.toContain("Long prose");
    expect(files.get("components")).not.toContain("/api/things");
  });

  it("refuses a tag module that would overwrite the shared schema file", async () => {
    const clash = new Map([["components", ["/api/things"]]]);
    await expect(emitModuleTypes(body({ type: "object" }), clash, "// header")).rejects.toThrow(
      UserError,
    );
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
