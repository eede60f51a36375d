import { describe, expect, it } from "vitest";
import { readFilterGrammar, requiredFilterFields } from "../src/filters.js";

describe("requiredFilterFields", () => {
  it.each([
    { id: "get_campaigns", want: ["messages.channel"] },
    { id: "get_flows", want: [] },
  ])("$id -> $want", ({ id, want }) => {
    expect(requiredFilterFields(id)).toEqual(want);
  });
});

describe("readFilterGrammar", () => {
  it("keeps operators by arity and the value's type, format and enum only", () => {
    const raw = {
      updated: {
        operators: { single: ["greater-than"], list: [], other: ["x"] },
        value: { type: "string", format: "date-time", description: "dropped", enum: ["a", {}] },
      },
    };
    expect(readFilterGrammar("op", raw)).toEqual({
      updated: {
        operators: { single: ["greater-than"], list: [] },
        value: { type: "string", format: "date-time", enum: ["a"] },
      },
    });
  });
});
