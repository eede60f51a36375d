import { describe, expect, it } from "vitest";
import { parseGenerateArgs } from "../../src/cli/generate-args.js";
import { UserError } from "../../src/errors.js";

describe("parseGenerateArgs", () => {
  it.each([
    { given: ["2026-04-15"], want: { revisions: ["2026-04-15"], all: false, check: false } },
    { given: ["--all", "--check"], want: { revisions: [], all: true, check: true } },
    {
      given: ["2025-01-15", "2026-04-15", "--out", "tmp/out"],
      want: { revisions: ["2025-01-15", "2026-04-15"], all: false, check: false, out: "tmp/out" },
    },
  ])("$given", ({ given, want }) => {
    expect(parseGenerateArgs(given)).toEqual(want);
  });

  it.each([
    { given: [], error: "which revision?" },
    { given: ["--all", "2026-04-15"], error: "give revisions or --all, not both" },
    { given: ["latest"], error: '"latest" is not a revision (YYYY-MM-DD)' },
    { given: ["--fast"], error: "unknown option --fast" },
    { given: ["--all", "--out"], error: "--out needs a folder" },
  ])("refuses $given", ({ given, error }) => {
    expect(() => parseGenerateArgs(given)).toThrow(UserError);
    expect(() => parseGenerateArgs(given)).toThrow(error);
  });
});
