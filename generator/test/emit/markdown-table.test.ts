import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { markdownTable } from "../../src/emit/markdown-table.js";

describe("markdownTable", () => {
  it.each([
    {
      given: {
        header: ["A", "Long header"],
        rows: [
          ["x", ""],
          ["longer cell", "y"],
        ],
      },
      want: [
        "| A           | Long header |",
        "| ----------- | ----------- |",
        "| x           |             |",
        "| longer cell | y           |",
      ],
    },
    { given: { header: ["A"], rows: [] }, want: ["| A   |", "| --- |"] },
  ])("$given.header", async ({ given, want }) => {
    const table = markdownTable(given.header, given.rows);
    expect(table).toEqual(want);
    expect(await format(`${table.join("\n")}\n`, { parser: "markdown" })).toBe(
      `${want.join("\n")}\n`,
    );
  });
});
