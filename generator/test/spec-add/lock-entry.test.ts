import { describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { lockEntryFor } from "../../src/spec-flow/lock-entry.js";
import { renderChangeset } from "../../src/spec-flow/changeset.js";
import { sha256 } from "../../src/spec/checksum.js";
import { parseLock } from "../../src/spec/lock.js";

const bytes = (text: string) => new TextEncoder().encode(text);
const stable = { name: "stable.json" as const, label: "stable.json", bytes: bytes("{}") };
const beta = { name: "beta.json" as const, label: "beta.json", bytes: bytes('{"b":1}') };
const lockOf = (entry: unknown) => ({ lockVersion: 1, revisions: { "2030-04-15": entry } });

describe("lockEntryFor", () => {
  it("records stable.json on the revision branch and beta.json on <revision>.pre", () => {
    const entry = lockEntryFor({
      revision: "2030-04-15",
      files: [stable, beta],
      commit: "a".repeat(40),
      betaCommit: "unknown",
      status: "supported",
    });
    expect(entry).toEqual({
      status: "supported",
      source: { repository: "klaviyo/openapi", branch: "2030-04-15", commit: "a".repeat(40) },
      files: {
        "stable.json": {
          path: "openapi/stable.json",
          branch: "2030-04-15",
          commit: "a".repeat(40),
          sha256: sha256(stable.bytes),
          bytes: 2,
        },
        "beta.json": {
          path: "openapi/beta.json",
          branch: "2030-04-15.pre",
          commit: "unknown",
          sha256: sha256(beta.bytes),
          bytes: 7,
        },
      },
    });
    expect(() => parseLock(lockOf(entry))).not.toThrow();
  });

  it.each([
    { given: "unknown", valid: true },
    { given: "b".repeat(40), valid: true },
    { given: "main", valid: false },
    { given: "", valid: false },
  ])("parseLock takes commit $given: $valid", ({ given, valid }) => {
    const entry = lockEntryFor({
      revision: "2030-04-15",
      files: [stable],
      commit: given,
      betaCommit: given,
      status: "supported",
    });
    const parse = () => parseLock(lockOf(entry));
    if (valid) expect(parse).not.toThrow();
    else expect(parse).toThrow(UserError);
  });
});

describe("renderChangeset", () => {
  it("writes the front matter changesets reads, then the summary", () => {
    expect(
      renderChangeset({
        name: "2030-04-15-add",
        packageName: "@klaviyo-ts/2030-04-15",
        bump: "minor",
        summary: "Add it.\n\n",
      }),
    ).toBe('---\n"@klaviyo-ts/2030-04-15": minor\n---\n\nAdd it.\n');
  });
});
