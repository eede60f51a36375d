import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { referencedComponents, toJsonSchema } from "../../src/emit/json-schema.js";

describe("toJsonSchema", () => {
  it.each([
    [
      "a nullable type gains null",
      { type: "string", nullable: true },
      { type: ["string", "null"] },
    ],
    [
      "a nullable enum gains null among its values",
      { type: "string", enum: ["a"], nullable: true },
      { type: ["string", "null"], enum: ["a", null] },
    ],
    [
      "a nullable $ref becomes anyOf with null",
      { $ref: "#/components/schemas/X", nullable: true },
      { anyOf: [{ $ref: "#/$defs/X" }, { type: "null" }] },
    ],
    [
      "OpenAPI 3.0's boolean exclusiveMinimum becomes the bound",
      { type: "integer", minimum: 0, exclusiveMinimum: true },
      { type: "integer", exclusiveMinimum: 0 },
    ],
    [
      "example, discriminator and x- extensions are dropped",
      { type: "object", example: { a: 1 }, discriminator: { propertyName: "t" }, "x-klaviyo": 1 },
      { type: "object" },
    ],
    [
      "property names are kept even when they look like keywords",
      { type: "object", properties: { example: { type: "string", nullable: true } } },
      { type: "object", properties: { example: { type: ["string", "null"] } } },
    ],
    [
      "nested items, oneOf and additionalProperties are converted",
      {
        type: "array",
        items: { oneOf: [{ $ref: "#/components/schemas/A" }, { type: "integer", example: 1 }] },
        additionalProperties: { type: "string", nullable: true },
      },
      {
        type: "array",
        items: { oneOf: [{ $ref: "#/$defs/A" }, { type: "integer" }] },
        additionalProperties: { type: ["string", "null"] },
      },
    ],
  ])("%s", (_, input, expected) => {
    expect(toJsonSchema(input)).toEqual(expected);
  });

  it("gives schemas that ajv compiles in strict mode", () => {
    const schema = toJsonSchema({
      type: "object",
      properties: { n: { type: "integer", minimum: 1, exclusiveMinimum: true, nullable: true } },
      example: { n: 2 },
      "x-note": "dropped",
    });
    const validate = new Ajv2020({ strict: true }).compile(schema);
    expect(validate({ n: 2 })).toBe(true);
    expect(validate({ n: 1 })).toBe(false);
    expect(validate({ n: null })).toBe(true);
  });
});

describe("referencedComponents", () => {
  it("follows references through components, once each, sorted", () => {
    const components = {
      B: { properties: { c: { $ref: "#/components/schemas/C" } } },
      C: { items: { $ref: "#/components/schemas/B" } },
      D: { type: "string" },
    };
    expect(referencedComponents([{ $ref: "#/components/schemas/C" }], components)).toEqual([
      "B",
      "C",
    ]);
  });
});
