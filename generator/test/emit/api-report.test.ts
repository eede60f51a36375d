import { check } from "prettier";
import { describe, expect, it } from "vitest";
import { emitApiReport } from "../../src/emit/api-report.js";
import { model } from "./model.js";

const report = emitApiReport("2030-01-15", "0123456789abcdef", [
  {
    title: "Stable",
    importPath: "@klaviyo-ts/2030-01-15",
    operations: [
      model({ id: "get_things", name: "getThings", paginated: true, aliases: ["all_things"] }),
      model({
        id: "create_thing",
        name: "createThing",
        method: "POST",
        scopes: ["a:write", "b:write"],
      }),
    ],
  },
  {
    title: "Beta",
    importPath: "@klaviyo-ts/2030-01-15/beta",
    operations: [model({ id: "b", name: "b", beta: true })],
  },
]);

const cells = (line: string) =>
  line
    .split("|")
    .slice(1, -1)
    .map((cell) => cell.trim());

describe("emitApiReport", () => {
  it("lists every export, aliases included, sorted by name, per entry point", () => {
    const lines = report.split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "# API report: @klaviyo-ts/2030-01-15",
      "",
      "Generated from the Klaviyo OpenAPI spec 2030-01-15 @ 01234567 — do not edit.",
    ]);
    const headings = lines.filter((line) => line.startsWith("## "));
    expect(headings).toEqual([
      "## Stable (`@klaviyo-ts/2030-01-15`): 2 operations",
      "## Beta (`@klaviyo-ts/2030-01-15/beta`): 1 operation",
    ]);
    const rows = lines.filter((line) => line.startsWith("| `")).map(cells);
    expect(rows).toEqual([
      [
        "`allThings`",
        "GET",
        "`/api/things`",
        "`things:read`",
        "burst 10/s, steady 150/m",
        "paginated; deprecated alias of `getThings`",
      ],
      [
        "`createThing`",
        "POST",
        "`/api/things`",
        "`a:write`, `b:write`",
        "burst 10/s, steady 150/m",
        "",
      ],
      [
        "`getThings`",
        "GET",
        "`/api/things`",
        "`things:read`",
        "burst 10/s, steady 150/m",
        "paginated",
      ],
      ["`b`", "GET", "`/api/things`", "`things:read`", "burst 10/s, steady 150/m", "beta"],
    ]);
  });

  it("is already in prettier's style, so the committed report passes prettier --check", async () => {
    expect(await check(report, { parser: "markdown", printWidth: 100 })).toBe(true);
  });
});
