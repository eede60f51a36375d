import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SpecError } from "../src/errors.js";
import { decodeFilterGrammar, encodeFilterGrammar } from "../src/filter-code.js";
import { readFilterGrammar, type FilterGrammar } from "../src/filters.js";

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

  it.each<[string, unknown]>([
    ["an unknown operator letter", { f: "z:s" }],
    ["an unknown value type letter", { f: "a:x" }],
    ["a code it cannot read", { f: "a:ss" }],
    ["a grammar object (metadata of an older generator)", { f: { operators: { single: [] } } }],
    ["a value that is no code", { f: 42 }],
  ])("refuses %s with a SpecError naming the field", (_, code) => {
    expect(() => decodeFilterGrammar(code as never)).toThrow(
      /filter field f: .* is not a filter grammar code/,
    );
  });

  // The specs the build materialised (spec/<revision>/*.json): every grammar Klaviyo publishes
  // survives the code, so the compact metadata never changes what a filter is checked against.
  it("round-trips every x-klaviyo-filters grammar of the materialised specs", () => {
    const specDir = join(import.meta.dirname, "../../../spec");
    let grammars = 0;
    for (const revision of readdirSync(specDir)) {
      for (const file of ["stable.json", "beta.json"]) {
        const path = join(specDir, revision, file);
        if (!existsSync(path)) continue;
        const document = JSON.parse(readFileSync(path, "utf8")) as {
          paths: Record<
            string,
            Record<string, { operationId?: string; "x-klaviyo-filters"?: unknown }>
          >;
        };
        for (const item of Object.values(document.paths)) {
          for (const operation of Object.values(item)) {
            const raw = operation?.["x-klaviyo-filters"];
            if (raw === undefined) continue;
            const grammar = readFilterGrammar(operation.operationId ?? "", raw)!;
            expect(decodeFilterGrammar(encodeFilterGrammar(grammar))).toEqual(trimmed(grammar));
            grammars++;
          }
        }
      }
    }
    // 2026-04-15 alone has 59 (stable and beta); none means the specs were not materialised.
    expect(grammars).toBeGreaterThanOrEqual(59);
  });
});

/** What the code keeps of a grammar: non-empty operator groups, value specs that say something. */
function trimmed(grammar: FilterGrammar): FilterGrammar {
  return Object.fromEntries(
    Object.entries(grammar).map(([field, spec]) => {
      const operators = Object.fromEntries(
        Object.entries(spec.operators).filter(([, list]) => list && list.length > 0),
      );
      const value = spec.value && Object.keys(spec.value).length > 0 ? spec.value : undefined;
      return [
        field,
        { operators, ...(value && { value }), ...(spec.required && { required: true }) },
      ];
    }),
  );
}
