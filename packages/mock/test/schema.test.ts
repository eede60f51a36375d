import { describe, expect, it } from "vitest";
import { createRandom } from "../src/random.js";
import { generateValue } from "../src/schema/generate.js";
import { createRefResolver, type Schema } from "../src/schema/types.js";
import { loadValidator, validateSchema } from "../src/schema/validate.js";

await loadValidator();

const document = {
  components: {
    schemas: {
      Email: { type: "string", nullable: true },
      Kind: { type: "string", enum: ["profile"] },
      Node: {
        type: "object",
        required: ["name"],
        properties: {
          name: { type: "string" },
          children: { type: "array", items: { $ref: "#/components/schemas/Node" } },
        },
      },
    },
  },
};
const resolve = createRefResolver(document);

const person: Schema = {
  type: "object",
  required: ["type", "attributes"],
  properties: {
    type: { $ref: "#/components/schemas/Kind" },
    attributes: {
      type: "object",
      additionalProperties: false,
      properties: {
        email: { $ref: "#/components/schemas/Email" },
        age: { type: "integer", minimum: 0, maximum: 150 },
        seen: { type: "string", format: "date-time" },
        tags: { type: "array", items: { type: "string", enum: ["a", "b"] }, maxItems: 2 },
        location: { oneOf: [{ type: "string" }, { type: "number" }], nullable: true },
      },
    },
  },
};

const cases: { name: string; value: unknown; want?: { pointer: string } }[] = [
  {
    name: "valid",
    value: { type: "profile", attributes: { email: "a@b.c", age: 3, tags: ["a"] } },
  },
  { name: "nullable via $ref", value: { type: "profile", attributes: { email: null } } },
  { name: "missing required", value: { attributes: {} }, want: { pointer: "/type" } },
  { name: "enum via $ref", value: { type: "list", attributes: {} }, want: { pointer: "/type" } },
  {
    name: "integer, not float",
    value: { type: "profile", attributes: { age: 1.5 } },
    want: { pointer: "/attributes/age" },
  },
  {
    name: "maximum",
    value: { type: "profile", attributes: { age: 151 } },
    want: { pointer: "/attributes/age" },
  },
  {
    name: "date-time format",
    value: { type: "profile", attributes: { seen: "yesterday" } },
    want: { pointer: "/attributes/seen" },
  },
  {
    name: "date-time with offset",
    value: { type: "profile", attributes: { seen: "2022-11-08T00:00:00+00:00" } },
  },
  // https://developers.klaviyo.com/en/docs/datetimes_: uppercase letters, T or a space, zone optional.
  {
    name: "date-time with a space and Z",
    value: { type: "profile", attributes: { seen: "2023-08-15 12:30:00Z" } },
  },
  {
    name: "date-time without a zone",
    value: { type: "profile", attributes: { seen: "2023-08-15T12:30:00" } },
  },
  // https://developers.klaviyo.com/en/docs/acceptable_date_and_timestamp_formats_for_profile_and_event_properties:
  // missing seconds default to 0.
  {
    name: "date-time without seconds",
    value: { type: "profile", attributes: { seen: "2021-09-15T13:34" } },
  },
  {
    name: "date-time in lowercase",
    value: { type: "profile", attributes: { seen: "2023-08-15t12:30:00z" } },
    want: { pointer: "/attributes/seen" },
  },
  {
    name: "date-time with a month that does not exist",
    value: { type: "profile", attributes: { seen: "2024-13-01T10:00:00Z" } },
    want: { pointer: "/attributes/seen" },
  },
  {
    name: "date-time on the 29th of February of a common year",
    value: { type: "profile", attributes: { seen: "2023-02-29T10:00:00Z" } },
    want: { pointer: "/attributes/seen" },
  },
  {
    name: "date-time on the 29th of February of a leap year",
    value: { type: "profile", attributes: { seen: "2024-02-29T10:00:00Z" } },
  },
  {
    name: "date-time at hour 24",
    value: { type: "profile", attributes: { seen: "2024-01-01T24:00:00Z" } },
    want: { pointer: "/attributes/seen" },
  },
  {
    name: "date without a time, where a date-time is asked",
    value: { type: "profile", attributes: { seen: "2023-08-15" } },
    want: { pointer: "/attributes/seen" },
  },
  { name: "nullable beside $ref", value: { type: "profile", attributes: { location: null } } },
  {
    name: "array item enum",
    value: { type: "profile", attributes: { tags: ["a", "z"] } },
    want: { pointer: "/attributes/tags/1" },
  },
  {
    name: "maxItems",
    value: { type: "profile", attributes: { tags: ["a", "b", "a"] } },
    want: { pointer: "/attributes/tags" },
  },
  {
    name: "additionalProperties false",
    value: { type: "profile", attributes: { shoe: 1 } },
    want: { pointer: "/attributes/shoe" },
  },
  { name: "oneOf either branch", value: { type: "profile", attributes: { location: 4.5 } } },
  {
    name: "oneOf no branch",
    value: { type: "profile", attributes: { location: true } },
    want: { pointer: "/attributes/location" },
  },
  {
    name: "null where not nullable",
    value: { type: "profile", attributes: { age: null } },
    want: { pointer: "/attributes/age" },
  },
  { name: "object expected", value: "profile", want: { pointer: "" } },
];

describe("validateSchema", () => {
  it.each(cases)("$name", ({ value, want }) => {
    const issue = validateSchema(person, value, resolve);
    if (want) expect(issue?.pointer).toBe(want.pointer);
    else expect(issue).toBeUndefined();
  });

  it("checks allOf parts together", () => {
    const schema: Schema = {
      allOf: [{ required: ["a"] }, { properties: { b: { type: "string" } } }],
    };
    expect(validateSchema(schema, { a: 1, b: "x" }, resolve)).toBeUndefined();
    expect(validateSchema(schema, { b: "x" }, resolve)?.pointer).toBe("/a");
    expect(validateSchema(schema, { a: 1, b: 2 }, resolve)?.pointer).toBe("/b");
  });
});

describe("generateValue", () => {
  it.each([1, 2, 3, 4, 5])("generates valid values (seed %i)", (seed) => {
    const value = generateValue(person, { random: createRandom(seed), resolve });
    expect(validateSchema(person, value, resolve)).toBeUndefined();
  });

  it("is deterministic for a seed", () => {
    const a = generateValue(person, { random: createRandom(9), resolve });
    const b = generateValue(person, { random: createRandom(9), resolve });
    expect(a).toEqual(b);
  });

  it("terminates on recursive schemas", () => {
    const node: Schema = { $ref: "#/components/schemas/Node" };
    const value = generateValue(node, { random: createRandom(1), resolve });
    expect(validateSchema(node, value, resolve)).toBeUndefined();
  });

  it("merges allOf parts into one object", () => {
    const schema: Schema = {
      allOf: [
        { type: "object", required: ["a"], properties: { a: { type: "integer" } } },
        { properties: { b: { type: "boolean" } }, required: ["b"] },
      ],
    };
    const value = generateValue(schema, { random: createRandom(1), resolve }) as Record<
      string,
      unknown
    >;
    expect(typeof value.a).toBe("number");
    expect(typeof value.b).toBe("boolean");
  });
});
