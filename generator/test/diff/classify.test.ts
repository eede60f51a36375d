import { describe, expect, it } from "vitest";
import {
  type Change,
  classify,
  diffSpecs,
  type Severity,
  severityOf,
} from "../../src/diff/index.js";
import { operation, spec } from "./specs.js";

const op = { operationId: "get_profiles", method: "GET", path: "/api/profiles" };
const request = {
  ...op,
  site: { direction: "request" as const, label: "request body" },
  pointer: "a",
};
const response = {
  ...op,
  site: { direction: "response" as const, label: "response 200" },
  pointer: "a",
};
const param = { ...op, in: "query", name: "sort" };

const cases: Array<{ change: Change; want: Severity }> = [
  { change: { ...op, kind: "documentation", where: "description" }, want: "patch" },
  {
    change: {
      ...op,
      kind: "rate-limit-changed",
      before: { steady: "700/m" },
      after: { steady: "750/m" },
    },
    want: "patch",
  },
  { change: { ...op, kind: "scopes-changed", added: ["lists:read"], removed: [] }, want: "patch" },
  { change: { ...op, kind: "beta-changed", beta: true }, want: "patch" },
  { change: { ...op, kind: "operation-added" }, want: "minor" },
  { change: { ...op, kind: "operation-removed" }, want: "major" },
  { change: { ...op, kind: "operation-renamed", from: "get_people" }, want: "major" },
  {
    change: { ...op, kind: "operation-moved", before: { method: "GET", path: "/api/people" } },
    want: "major",
  },
  { change: { ...op, kind: "alias-added", alias: "x" }, want: "minor" },
  { change: { ...op, kind: "alias-removed", alias: "x" }, want: "major" },
  { change: { ...op, kind: "filter-fields-added", fields: ["email"] }, want: "minor" },
  { change: { ...op, kind: "filter-fields-removed", fields: ["email"] }, want: "major" },
  {
    change: {
      ...op,
      kind: "filter-operators-added",
      field: "email",
      arity: "list",
      operators: ["any"],
    },
    want: "minor",
  },
  {
    change: {
      ...op,
      kind: "filter-operators-removed",
      field: "email",
      arity: "list",
      operators: ["any"],
    },
    want: "major",
  },
  { change: { ...param, kind: "parameter-added", required: false }, want: "minor" },
  { change: { ...param, kind: "parameter-added", required: true }, want: "major" },
  { change: { ...param, kind: "parameter-removed" }, want: "major" },
  { change: { ...param, kind: "parameter-became-required" }, want: "major" },
  { change: { ...param, kind: "parameter-became-optional" }, want: "minor" },
  { change: { ...op, kind: "request-body-added", required: false }, want: "minor" },
  { change: { ...op, kind: "request-body-added", required: true }, want: "major" },
  { change: { ...op, kind: "request-body-removed" }, want: "major" },
  { change: { ...op, kind: "request-body-became-required" }, want: "major" },
  { change: { ...op, kind: "request-body-became-optional" }, want: "minor" },
  { change: { ...op, kind: "response-added", status: "201" }, want: "minor" },
  { change: { ...op, kind: "response-added", status: "4XX" }, want: "patch" },
  { change: { ...op, kind: "response-removed", status: "200" }, want: "major" },
  { change: { ...op, kind: "response-removed", status: "5XX" }, want: "patch" },
  { change: { ...request, kind: "property-added", required: false }, want: "minor" },
  { change: { ...request, kind: "property-added", required: true }, want: "major" },
  { change: { ...response, kind: "property-added", required: true }, want: "minor" },
  { change: { ...request, kind: "property-removed" }, want: "major" },
  { change: { ...response, kind: "property-removed" }, want: "major" },
  { change: { ...request, kind: "required-added" }, want: "major" },
  { change: { ...response, kind: "required-added" }, want: "minor" },
  { change: { ...request, kind: "required-removed" }, want: "minor" },
  { change: { ...response, kind: "required-removed" }, want: "major" },
  { change: { ...request, kind: "nullable-added" }, want: "minor" },
  { change: { ...response, kind: "nullable-added" }, want: "major" },
  { change: { ...request, kind: "nullable-removed" }, want: "major" },
  { change: { ...response, kind: "nullable-removed" }, want: "minor" },
  {
    change: { ...request, kind: "type-changed", before: "string", after: "integer" },
    want: "major",
  },
  {
    change: { ...request, kind: "type-changed", before: "integer", after: "number" },
    want: "patch",
  },
  { change: { ...request, kind: "type-changed", before: "any", after: "object" }, want: "major" },
  { change: { ...response, kind: "type-changed", before: "any", after: "object" }, want: "minor" },
  { change: { ...request, kind: "type-changed", before: "object", after: "any" }, want: "minor" },
  { change: { ...response, kind: "type-changed", before: "object", after: "any" }, want: "major" },
  {
    change: { ...request, kind: "type-changed", before: "string", after: "integer | string" },
    want: "minor",
  },
  {
    change: { ...response, kind: "type-changed", before: "string", after: "integer | string" },
    want: "major",
  },
  {
    change: { ...request, kind: "type-changed", before: "integer | string", after: "string" },
    want: "major",
  },
  {
    change: { ...response, kind: "type-changed", before: "number | string", after: "string" },
    want: "minor",
  },
  {
    change: { ...response, kind: "type-changed", before: "integer | number", after: "number" },
    want: "patch",
  },
  {
    change: { ...request, kind: "format-changed", before: "date", after: "date-time" },
    want: "patch",
  },
  { change: { ...request, kind: "enum-values-added", values: ["x"] }, want: "minor" },
  { change: { ...response, kind: "enum-values-added", values: ["x"] }, want: "minor" },
  { change: { ...request, kind: "enum-values-removed", values: ["x"] }, want: "major" },
  { change: { ...response, kind: "enum-values-removed", values: ["x"] }, want: "major" },
  { change: { ...request, kind: "enum-introduced", values: ["x"] }, want: "major" },
  { change: { ...request, kind: "enum-dropped", values: ["x"] }, want: "minor" },
  { change: { ...response, kind: "enum-dropped", values: ["x"] }, want: "major" },
  { change: { ...request, kind: "variant-added", variant: "X" }, want: "minor" },
  { change: { ...response, kind: "variant-removed", variant: "X" }, want: "major" },
];

describe("severityOf", () => {
  it.each(cases)("$change.kind ($change.site.direction) -> $want", ({ change, want }) => {
    expect(severityOf(change)).toBe(want);
  });
});

/** A revision's spec before and after a live update, as `spec update` will see it. */
function update(after: Record<string, unknown>, schemas?: Record<string, unknown>) {
  const profile = {
    type: "object",
    properties: { email: { type: "string" }, status: { type: "string", enum: ["active"] } },
  };
  const before = spec({ "/api/profiles": { get: operation("get_profiles") } }, { Doc: profile });
  const next = spec(
    { "/api/profiles": { get: operation("get_profiles", after) } },
    schemas ?? { Doc: profile },
  );
  return classify(diffSpecs(before, next));
}

describe("classify", () => {
  it("no change -> none", () => {
    expect(update({})).toEqual({
      bump: "none",
      because: [],
      counts: { patch: 0, minor: 0, major: 0 },
    });
  });

  it("documentation only -> patch", () => {
    const result = update({ description: "Clearer words." });
    expect(result.bump).toBe("patch");
    expect(result.because.map((c) => c.kind)).toEqual(["documentation"]);
  });

  it("an added enum value in a response -> minor", () => {
    const result = update(
      {},
      {
        Doc: {
          type: "object",
          properties: {
            email: { type: "string" },
            status: { type: "string", enum: ["active", "archived"] },
          },
        },
      },
    );
    expect(result.bump).toBe("minor");
    expect(result.because).toMatchObject([
      { kind: "enum-values-added", pointer: "status", values: ["archived"] },
    ]);
  });

  it("a removed response field -> major, listing exactly the items that made it major", () => {
    const result = update(
      { description: "Also reworded." },
      {
        Doc: {
          type: "object",
          properties: { status: { type: "string", enum: ["active", "archived"] } },
        },
      },
    );
    expect(result.bump).toBe("major");
    expect(result.counts).toEqual({ patch: 1, minor: 1, major: 1 });
    expect(result.because).toMatchObject([
      {
        kind: "property-removed",
        pointer: "email",
        site: { direction: "response", label: "response 200" },
      },
    ]);
  });
});
