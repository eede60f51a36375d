import { describe, expect, it } from "vitest";
import { SpecError } from "../src/errors.js";
import { decodeFilterGrammar, encodeFilterGrammar } from "../src/filter-code.js";
import type { FilterGrammar } from "../src/filters.js";

describe("filter grammar code", () => {
  it.each<{ name: string; grammar: FilterGrammar; code: object }>([
    {
      name: "single and list operators of a string",
      grammar: {
        email: {
          operators: { single: ["equals"], list: ["any", "equals"] },
          value: { type: "string" },
        },
      },
      code: { email: "a/ba:s" },
    },
    {
      name: "a list-only field and a date-time",
      grammar: {
        name: { operators: { list: ["any"] }, value: { type: "string" } },
        updated: {
          operators: { single: ["greater-than", "less-or-equal"] },
          value: { type: "string", format: "date-time" },
        },
      },
      code: { name: "/b:s", updated: "hk:d" },
    },
    {
      name: "an operator without a value, and no value type",
      grammar: { tags: { operators: { none: ["has"] } } },
      code: { tags: "//l" },
    },
    {
      name: "numbers, integers and booleans",
      grammar: {
        n: { operators: { single: ["less-than"] }, value: { type: "number" } },
        i: { operators: { single: ["greater-or-equal"] }, value: { type: "integer" } },
        b: { operators: { single: ["equals"] }, value: { type: "boolean" } },
      },
      code: { b: "a:b", i: "i:i", n: "j:n" },
    },
    {
      name: "a required field of an enum",
      grammar: {
        "messages.channel": {
          operators: { single: ["equals"] },
          value: { type: "string", enum: ["email", "sms: text"] },
          required: true,
        },
      },
      code: { "messages.channel": ["a:s!", "email", "sms: text"] },
    },
    {
      name: "an enum without a type, every string operator",
      grammar: {
        f: {
          operators: {
            single: ["contains", "starts-with", "ends-with"],
            list: ["contains-any", "contains-all"],
          },
          value: { enum: [1, true] },
        },
      },
      code: { f: ["cfg/de", 1, true] },
    },
  ])("$name", ({ grammar, code }) => {
    expect(encodeFilterGrammar(grammar)).toEqual(code);
    expect(decodeFilterGrammar(encodeFilterGrammar(grammar))).toEqual(grammar);
  });

  it("sorts fields and leaves out empty operator groups and value specs that say nothing", () => {
    const grammar: FilterGrammar = {
      z: { operators: { single: ["equals"], list: [] }, value: {} },
      a: { operators: { single: ["equals"] } },
    };
    expect(Object.keys(encodeFilterGrammar(grammar))).toEqual(["a", "z"]);
    expect(decodeFilterGrammar(encodeFilterGrammar(grammar))).toEqual({
      a: { operators: { single: ["equals"] } },
      z: { operators: { single: ["equals"] } },
    });
  });

  it.each<[string, FilterGrammar]>([
    ["an operator", { f: { operators: { single: ["near"] } } }],
    ["a value type", { f: { operators: { single: ["equals"] }, value: { type: "array" } } }],
    [
      "a format",
      { f: { operators: { single: ["equals"] }, value: { type: "string", format: "date" } } },
    ],
  ])("refuses %s it has no letter for", (_, grammar) => {
    expect(() => encodeFilterGrammar(grammar)).toThrow(SpecError);
  });
});
