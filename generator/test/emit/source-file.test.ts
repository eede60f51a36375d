import { describe, expect, it } from "vitest";
import { printLiteral } from "../../src/emit/source-file.js";

describe("printLiteral", () => {
  it.each([
    { given: { a: 1 }, want: "{\n  a: 1,\n}" },
    {
      given: { "x-y": "z", n: null, list: [1, 2] },
      want: '{\n  "x-y": "z",\n  n: null,\n  list: [1, 2],\n}',
    },
    {
      given: { nested: { burst: 1, steady: 2 }, gone: undefined },
      want: "{\n  nested: {\n    burst: 1,\n    steady: 2,\n  },\n}",
    },
    { given: {}, want: "{}" },
    {
      given: { long: Array.from({ length: 12 }, (_, i) => `value-${i}`) },
      want: `{\n  long: [${Array.from({ length: 12 }, (_, i) => `"value-${i}"`).join(", ")}],\n}`,
    },
  ])("$want", ({ given, want }) => {
    expect(printLiteral(given)).toBe(want);
    expect(new Function(`return ${printLiteral(given)};`)()).toEqual(given);
  });
});
