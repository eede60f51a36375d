import { describe, expect, it } from "vitest";
import type { FilterGrammar } from "@klaviyo-ts/spec-model";
import { filterGrammarType, runtimeFilterGrammar } from "../../src/emit/filter-grammar.js";

describe("filter grammar emitter", () => {
  const cases: { name: string; given: FilterGrammar; wantType: string; wantLiteral: string }[] = [
    {
      name: "single and list operators on a string",
      given: {
        email: {
          operators: { list: ["equals", "any"], single: ["equals"] },
          value: { type: "string" },
        },
      },
      wantType: '{ "email": { single: "equals"; list: "any" | "equals"; value: string } }',
      wantLiteral:
        '{"email":{"operators":{"single":["equals"],"list":["equals","any"]},"value":{"type":"string"}}}',
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
      wantLiteral:
        '{"archived":{"operators":{"single":["equals"]},"value":{"type":"boolean"}},"count":{"operators":{"single":["less-than"]},"value":{"type":"integer"}},"messages.channel":{"operators":{"single":["equals"]},"value":{"type":"string","enum":["email","sms"]}},"updated":{"operators":{"single":["greater-than"]},"value":{"type":"string","format":"date-time"}}}',
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
      wantLiteral:
        '{"messages.channel":{"operators":{"single":["equals"]},"value":{"type":"string","enum":["email"]},"required":true}}',
    },
    {
      name: "an operator without a value",
      given: { profile: { operators: { none: ["has"] } } },
      wantType: '{ "profile": { none: "has" } }',
      wantLiteral: '{"profile":{"operators":{"none":["has"]}}}',
    },
  ];
  it.each(cases)("$name", ({ given, wantType, wantLiteral }) => {
    expect(filterGrammarType(given)).toBe(wantType);
    expect(JSON.stringify(runtimeFilterGrammar(given))).toBe(wantLiteral);
  });
});
