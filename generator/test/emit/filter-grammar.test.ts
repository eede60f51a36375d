import { describe, expect, it } from "vitest";
import type { FilterGrammar } from "@klaviyo-ts/spec-model";
import { filterGrammarType } from "../../src/emit/filter-grammar.js";

describe("filter grammar emitter", () => {
  const cases: { name: string; given: FilterGrammar; wantType: string }[] = [
    {
      name: "single and list operators on a string",
      given: {
        email: {
          operators: { list: ["equals", "any"], single: ["equals"] },
          value: { type: "string" },
        },
      },
      wantType: '{ "email": { single: "equals"; list: "any" | "equals"; value: string } }',
    },
    {
      name: "date-time, enum, boolean and integer values; fields sorted",
      given: {
        updated: {
          operators: { single: ["greater-than"] },
          value: { type: "string", format: "date-time" },
        },
        "messages.channel": {
          operators: { single: ["equals"] },
          value: { type: "string", enum: ["email", "sms"] },
        },
        archived: { operators: { single: ["equals"] }, value: { type: "boolean" } },
        count: { operators: { single: ["less-than"] }, value: { type: "integer" } },
      },
      wantType:
        '{ "archived": { single: "equals"; value: boolean }; "count": { single: "less-than"; value: number }; "messages.channel": { single: "equals"; value: "email" | "sms" }; "updated": { single: "greater-than"; value: DateTimeValue } }',
    },
    {
      name: "a field Klaviyo requires",
      given: {
        "messages.channel": {
          operators: { single: ["equals"] },
          value: { type: "string", enum: ["email"] },
          required: true,
        },
      },
      wantType: '{ "messages.channel": { single: "equals"; value: "email"; required: true } }',
    },
    {
      name: "an operator without a value",
      given: { profile: { operators: { none: ["has"] } } },
      wantType: '{ "profile": { none: "has" } }',
    },
  ];
  it.each(cases)("$name", ({ given, wantType }) => {
    expect(filterGrammarType(given)).toBe(wantType);
  });
});
