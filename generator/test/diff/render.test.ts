import { describe, expect, it } from "vitest";
import { type ApiDiff, renderJson, renderMarkdown, renderSummary } from "../../src/diff/index.js";

const op = { operationId: "get_profiles", method: "GET", path: "/api/profiles" };

const diff: ApiDiff = {
  from: "2025-10-15",
  to: "2026-01-15",
  changes: [
    { kind: "operation-added", operationId: "create_thing", method: "POST", path: "/api/things" },
    {
      ...op,
      kind: "rate-limit-changed",
      before: { burst: "75/s", steady: "700/m" },
      after: { burst: "75/s", steady: "750/m" },
    },
    {
      ...op,
      kind: "enum-values-removed",
      site: { direction: "request", label: "query include" },
      pointer: "[]",
      values: ["lists", "segments"],
    },
    {
      ...op,
      kind: "property-added",
      site: { direction: "response", label: "response 200" },
      pointer: "links",
      required: false,
    },
    { ...op, kind: "documentation", where: "description" },
  ],
};

describe("renderMarkdown", () => {
  it("groups changes by topic and says why the diff is major", () => {
    expect(renderMarkdown(diff)).toBe(
      [
        "# API diff 2025-10-15 -> 2026-01-15",
        "",
        "Classification: **major** (1 major, 2 minor, 2 patch changes).",
        "",
        "## Why major (1)",
        "",
        '- `get_profiles` GET /api/profiles: query include[]: enum values removed: "lists", "segments"',
        "",
        "## Operations added (1)",
        "",
        "- `create_thing` POST /api/things: operation added",
        "",
        "## Rate limits (1)",
        "",
        "- `get_profiles` GET /api/profiles: steady 700/m -> 750/m",
        "",
        "## Parameters, request bodies and responses (2)",
        "",
        "### `get_profiles` GET /api/profiles",
        "",
        '- major: query include[]: enum values removed: "lists", "segments"',
        "- minor: response 200 links: property added (optional)",
        "",
        "## Documentation",
        "",
        "1 descriptions or summaries changed in 1 operations (patch; `--json` lists them).",
        "",
      ].join("\n"),
    );
  });

  it("says so when nothing changed", () => {
    expect(renderMarkdown({ from: "a", to: "b", changes: [] })).toBe(
      "# API diff a -> b\n\nClassification: **none** (no changes).\n\nNo API changes.\n",
    );
  });
});

describe("renderJson", () => {
  it("lists every change with its severity, plus the bump and counts", () => {
    const document = JSON.parse(renderJson(diff));
    expect(document).toMatchObject({
      from: "2025-10-15",
      to: "2026-01-15",
      bump: "major",
      counts: { major: 1, minor: 2, patch: 2 },
    });
    expect(
      document.changes.map((c: { kind: string; severity: string }) => `${c.severity} ${c.kind}`),
    ).toEqual([
      "minor operation-added",
      "patch rate-limit-changed",
      "major enum-values-removed",
      "minor property-added",
      "patch documentation",
    ]);
  });
});

describe("renderSummary", () => {
  it("names every operation added and removed, then the other breaking items, capped", () => {
    const twoBreaking: ApiDiff = {
      ...diff,
      changes: [...diff.changes, { ...op, kind: "operation-removed", operationId: "get_lists" }],
    };
    expect(renderSummary(twoBreaking, undefined, 1)).toBe(
      [
        "API changes 2025-10-15 -> 2026-01-15 (major): Operations added: 1 · Operations removed, renamed or moved: 1 · Rate limits: 1 · Parameters, request bodies and responses: 2 · Documentation: 1.",
        "",
        "Operations added:",
        "- `create_thing` POST /api/things: operation added",
        "",
        "Operations removed, renamed or moved:",
        "- `get_lists` GET /api/profiles: operation removed",
        "",
        "Breaking:",
        '- `get_profiles` GET /api/profiles: query include[]: enum values removed: "lists", "segments"',
        "",
      ].join("\n"),
    );
  });

  it("never caps the operations added, however long the breaking list", () => {
    const added = Array.from({ length: 30 }, (_, i) => ({
      kind: "operation-added" as const,
      operationId: `create_thing_${i}`,
      method: "POST",
      path: `/api/things-${i}`,
    }));
    const breaking = Array.from({ length: 25 }, (_, i) => ({
      ...op,
      kind: "enum-values-removed" as const,
      site: { direction: "request" as const, label: "query include" },
      pointer: "[]",
      values: [`v${i}`],
    }));
    const text = renderSummary({ from: "a", to: "b", changes: [...breaking, ...added] });
    for (const change of added)
      expect(text).toContain(`\`${change.operationId}\` POST ${change.path}`);
    expect(text.indexOf("Operations added:")).toBeLessThan(text.indexOf("Breaking:"));
    expect(text).toContain("- and 5 more (`klaviyo-gen diff a b`)");
  });

  it("names the operation added in a minor change", () => {
    const minor: ApiDiff = { from: "a", to: "b", changes: diff.changes.slice(0, 1) };
    expect(renderSummary(minor)).toBe(
      "API changes a -> b (minor): Operations added: 1.\n\nOperations added:\n- `create_thing` POST /api/things: operation added\n",
    );
  });
});
