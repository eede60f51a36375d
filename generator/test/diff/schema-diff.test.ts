import { describe, expect, it } from "vitest";
import type { Schema } from "@klaviyo-ts/spec-model";
import { createResolver } from "../../src/diff/resolve.js";
import { SchemaComparer, type SchemaDelta } from "../../src/diff/schema-diff.js";
import { spec } from "./specs.js";

interface Case {
  name: string;
  before: Schema;
  after: Schema;
  beforeSchemas?: Record<string, unknown>;
  afterSchemas?: Record<string, unknown>;
  want: SchemaDelta[];
}

const cases: Case[] = [
  {
    name: "identical schemas",
    before: { type: "object", properties: { id: { type: "string" } } },
    after: { type: "object", properties: { id: { type: "string" } } },
    want: [],
  },
  {
    name: "optional property added",
    before: { type: "object", properties: {} },
    after: { type: "object", properties: { email: { type: "string" } } },
    want: [{ kind: "property-added", pointer: "email", required: false }],
  },
  {
    name: "required property added",
    before: { type: "object", properties: {} },
    after: { type: "object", properties: { email: { type: "string" } }, required: ["email"] },
    want: [{ kind: "property-added", pointer: "email", required: true }],
  },
  {
    name: "property removed",
    before: { type: "object", properties: { email: { type: "string" } } },
    after: { type: "object", properties: {} },
    want: [{ kind: "property-removed", pointer: "email" }],
  },
  {
    name: "property became required, another optional",
    before: { type: "object", properties: { a: {}, b: {} }, required: ["b"] },
    after: { type: "object", properties: { a: {}, b: {} }, required: ["a"] },
    want: [
      { kind: "required-added", pointer: "a" },
      { kind: "required-removed", pointer: "b" },
    ],
  },
  {
    name: "type change stops the comparison below it",
    before: { type: "object", properties: { n: { type: "string", enum: ["x"] } } },
    after: { type: "object", properties: { n: { type: "integer" } } },
    want: [{ kind: "type-changed", pointer: "n", before: "string", after: "integer" }],
  },
  {
    name: "enum values added and removed, order ignored",
    before: { type: "string", enum: ["a", "b", "c"] },
    after: { type: "string", enum: ["d", "c", "a"] },
    want: [
      { kind: "enum-values-added", pointer: "", values: ["d"] },
      { kind: "enum-values-removed", pointer: "", values: ["b"] },
    ],
  },
  {
    name: "reordered enum is no change",
    before: { type: "string", enum: ["a", "b"] },
    after: { type: "string", enum: ["b", "a"] },
    want: [],
  },
  {
    name: "enum introduced and dropped",
    before: {
      type: "object",
      properties: { x: { type: "string" }, y: { type: "string", enum: ["k"] } },
    },
    after: {
      type: "object",
      properties: { x: { type: "string", enum: ["v"] }, y: { type: "string" } },
    },
    want: [
      { kind: "enum-introduced", pointer: "x", values: ["v"] },
      { kind: "enum-dropped", pointer: "y", values: ["k"] },
    ],
  },
  {
    name: "nullable and format",
    before: { type: "string", format: "date-time" },
    after: { type: "string", nullable: true },
    want: [
      { kind: "nullable-added", pointer: "" },
      { kind: "format-changed", pointer: "", before: "date-time", after: undefined },
    ],
  },
  {
    name: "array items are compared under []",
    before: { type: "array", items: { type: "object", properties: { id: {} } } },
    after: { type: "array", items: { type: "object", properties: {} } },
    want: [{ kind: "property-removed", pointer: "[].id" }],
  },
  {
    name: "$refs resolve in their own spec",
    before: { $ref: "#/components/schemas/Profile" },
    after: { $ref: "#/components/schemas/Profile" },
    beforeSchemas: { Profile: { type: "object", properties: { email: { type: "string" } } } },
    afterSchemas: { Profile: { type: "object", properties: { email: { type: "integer" } } } },
    want: [
      {
        kind: "type-changed",
        pointer: "email",
        before: "string",
        after: "integer",
        schema: "Profile",
      },
    ],
  },
  {
    name: "nullable beside a $ref is seen",
    before: { type: "object", properties: { links: { $ref: "#/components/schemas/Links" } } },
    after: {
      type: "object",
      properties: { links: { $ref: "#/components/schemas/Links", nullable: true } },
    },
    beforeSchemas: { Links: { type: "object", properties: { self: { type: "string" } } } },
    afterSchemas: { Links: { type: "object", properties: { self: { type: "string" } } } },
    want: [{ kind: "nullable-added", pointer: "links" }],
  },
  {
    name: "inlining a component is no change",
    before: { $ref: "#/components/schemas/Id" },
    after: { type: "string" },
    beforeSchemas: { Id: { type: "string" } },
    want: [],
  },
  {
    name: "allOf is merged before comparing",
    before: {
      allOf: [{ $ref: "#/components/schemas/Base" }, { properties: { b: { type: "string" } } }],
    },
    after: {
      type: "object",
      properties: { a: { type: "string" }, b: { type: "string" } },
      required: ["a"],
    },
    beforeSchemas: {
      Base: { type: "object", properties: { a: { type: "string" } }, required: ["a"] },
    },
    want: [],
  },
  {
    name: "recursive schemas terminate",
    before: { $ref: "#/components/schemas/Node" },
    after: { $ref: "#/components/schemas/Node" },
    beforeSchemas: {
      Node: { type: "object", properties: { child: { $ref: "#/components/schemas/Node" } } },
    },
    afterSchemas: {
      Node: {
        type: "object",
        properties: { child: { $ref: "#/components/schemas/Node" }, name: { type: "string" } },
      },
    },
    want: [{ kind: "property-added", pointer: "name", required: false, schema: "Node" }],
  },
  {
    name: "a change in a component reached twice is reported once",
    before: {
      type: "object",
      properties: {
        a: { $ref: "#/components/schemas/Leaf" },
        b: { $ref: "#/components/schemas/Leaf" },
      },
    },
    after: {
      type: "object",
      properties: {
        a: { $ref: "#/components/schemas/Leaf" },
        b: { $ref: "#/components/schemas/Leaf" },
      },
    },
    beforeSchemas: { Leaf: { type: "string", enum: ["x"] } },
    afterSchemas: { Leaf: { type: "string", enum: ["x", "y"] } },
    want: [{ kind: "enum-values-added", pointer: "a", values: ["y"], schema: "Leaf" }],
  },
  {
    name: "union variants: added, removed, and a renamed component with the same shape",
    before: {
      oneOf: [
        { $ref: "#/components/schemas/Keep" },
        { $ref: "#/components/schemas/OldName" },
        { $ref: "#/components/schemas/Gone" },
      ],
    },
    after: {
      oneOf: [
        { $ref: "#/components/schemas/Keep" },
        { $ref: "#/components/schemas/NewName" },
        { $ref: "#/components/schemas/Fresh" },
      ],
    },
    beforeSchemas: {
      Keep: { type: "string" },
      OldName: { type: "object", properties: { op: { type: "string" } } },
      Gone: { type: "boolean" },
    },
    afterSchemas: {
      Keep: { type: "string" },
      NewName: { type: "object", properties: { op: { type: "string" } } },
      Fresh: { type: "integer" },
    },
    want: [
      { kind: "variant-removed", pointer: "", variant: "Gone" },
      { kind: "variant-added", pointer: "", variant: "Fresh" },
    ],
  },
  {
    name: "union variants: a renamed and changed component is paired by position and type",
    before: { oneOf: [{ $ref: "#/components/schemas/Old" }] },
    after: { oneOf: [{ $ref: "#/components/schemas/New" }] },
    beforeSchemas: { Old: { type: "object", properties: { a: { type: "string" } } } },
    afterSchemas: { New: { type: "object", properties: { a: { type: "string" }, b: {} } } },
    want: [{ kind: "property-added", pointer: "<New>.b", required: false, schema: "New" }],
  },
  {
    name: "a union of plain types compares as its member types",
    before: {
      type: "object",
      properties: {
        v: { type: "string" },
        w: { oneOf: [{ type: "integer" }, { type: "string" }] },
      },
    },
    after: {
      type: "object",
      properties: {
        v: { oneOf: [{ type: "integer" }, { type: "string" }] },
        w: { oneOf: [{ type: "integer" }, { type: "string" }] },
      },
    },
    want: [{ kind: "type-changed", pointer: "v", before: "string", after: "integer | string" }],
  },
  {
    name: "inline union variants are labelled by position",
    before: {
      oneOf: [
        { type: "string" },
        { type: "object", properties: { a: {} } },
        { type: "array", items: {} },
      ],
    },
    after: { oneOf: [{ type: "string" }, { type: "object", properties: { a: {} } }] },
    want: [{ kind: "variant-removed", pointer: "", variant: "#3" }],
  },
  {
    name: "descriptions differing only by the revision in a doc link are no change",
    before: {
      type: "string",
      description: "See https://developers.klaviyo.com/en/v2025-10-15/docs/x",
    },
    after: {
      type: "string",
      description: "See https://developers.klaviyo.com/en/v2026-01-15/docs/x",
    },
    want: [],
  },
  {
    name: "other description changes are documentation",
    before: { type: "object", properties: { a: { type: "string", description: "old" } } },
    after: { type: "object", properties: { a: { type: "string", description: "new" } } },
    want: [{ kind: "documentation", pointer: "a" }],
  },
];

describe("SchemaComparer", () => {
  it.each(cases)("$name", ({ before, after, beforeSchemas, afterSchemas, want }) => {
    const comparer = new SchemaComparer(
      createResolver(spec({}, beforeSchemas ?? {})),
      createResolver(spec({}, afterSchemas ?? {})),
    );
    expect(comparer.compare(before, after)).toEqual(want);
  });
});
