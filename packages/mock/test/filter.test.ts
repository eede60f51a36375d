import { describe, expect, it } from "vitest";
import { matchesFilter } from "../src/request/filter-match.js";
import { checkFilter, FilterSyntaxError, parseFilter } from "../src/request/filter.js";
import { createRefResolver } from "../src/schema/types.js";
import type { FilterGrammar } from "../src/spec/operations.js";
import { loadValidator } from "../src/schema/validate.js";

await loadValidator();

const resolve = createRefResolver({});
const grammar: FilterGrammar = {
  email: { operators: { single: ["equals"], list: ["any", "equals"] }, value: { type: "string" } },
  created: {
    operators: { single: ["greater-than", "less-than"] },
    value: { type: "string", format: "date-time" },
  },
  channel: { operators: { single: ["equals"] }, value: { type: "string", enum: ["email", "sms"] } },
  archived: { operators: { single: ["equals"] }, value: { type: "boolean" } },
};

describe("parseFilter", () => {
  it.each([
    [
      "equals(email,'a@b.com')",
      {
        kind: "condition",
        operator: "equals",
        field: "email",
        value: { type: "string", value: "a@b.com" },
      },
    ],
    [
      'equals(email,"it\'s")',
      {
        kind: "condition",
        operator: "equals",
        field: "email",
        value: { type: "string", value: "it's" },
      },
    ],
    [
      "any(email,['a','b'])",
      {
        kind: "condition",
        operator: "any",
        field: "email",
        value: {
          type: "list",
          value: [
            { type: "string", value: "a" },
            { type: "string", value: "b" },
          ],
        },
      },
    ],
    [
      "greater-than(created,2024-01-01T00:00:00Z)",
      {
        kind: "condition",
        operator: "greater-than",
        field: "created",
        value: { type: "datetime", value: "2024-01-01T00:00:00Z" },
      },
    ],
    [
      "equals(archived,false)",
      {
        kind: "condition",
        operator: "equals",
        field: "archived",
        value: { type: "boolean", value: false },
      },
    ],
  ])("%s", (given, want) => {
    expect(parseFilter(given)).toEqual(want);
  });

  it("joins top-level conditions with and", () => {
    const node = parseFilter("equals(email,'a'), not(equals(archived,true))");
    expect(node.kind).toBe("and");
  });

  it.each(["equals(email,'a'", "equals(email,a)", "equals(,'a')", "equals(email,'a'))", "= 'a'"])(
    "rejects %s",
    (given) => {
      expect(() => parseFilter(given)).toThrow(FilterSyntaxError);
    },
  );
});

describe("checkFilter", () => {
  it.each([
    ["equals(email,'a@b.com')", undefined],
    ["any(email,['a','b'])", undefined],
    ["and(equals(email,'a'),less-than(created,2024-01-01T00:00:00Z))", undefined],
    ["equals(channel,'sms')", undefined],
    ["equals(shoe,'x')", "not a valid filter field"],
    ["contains(email,'x')", "not a valid operator"],
    ["greater-than(created,'2024-01-01')", "unquoted ISO 8601"],
    ["equals(channel,'fax')", "one of email, sms"],
    ["equals(archived,'yes')", "a boolean"],
    ["or(equals(email,'a'),equals(shoe,'b'))", "'shoe'"],
  ])("%s", (given, want) => {
    const problem = checkFilter(parseFilter(given), grammar, resolve);
    if (want === undefined) expect(problem).toBeUndefined();
    else expect(problem).toContain(want);
  });
});

describe("matchesFilter", () => {
  const profile: Record<string, unknown> = {
    email: "a@b.com",
    created: "2024-06-01T00:00:00Z",
    archived: false,
  };
  const read = (field: string) => profile[field];
  it.each([
    ["equals(email,'a@b.com')", true],
    ["equals(email,'x@b.com')", false],
    ["any(email,['x','a@b.com'])", true],
    ["greater-than(created,2024-01-01T00:00:00Z)", true],
    ["less-than(created,2024-01-01T00:00:00Z)", false],
    ["not(equals(archived,true))", true],
    ["or(equals(email,'x'),equals(archived,false))", true],
    ["equals(email,'a@b.com'),equals(archived,true)", false],
  ])("%s -> %s", (given, want) => {
    expect(matchesFilter(parseFilter(given), read)).toBe(want);
  });
});

describe("checkFilter without a grammar (revisions before x-klaviyo-filters)", () => {
  it("checks only the syntax: any field and operator pass", () => {
    expect(checkFilter(parseFilter("equals(anything,'x')"), undefined, resolve)).toBeUndefined();
  });
});
