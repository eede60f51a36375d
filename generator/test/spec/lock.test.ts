import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseLock, supportedRevisions } from "../../src/spec/lock.js";
import { lockFor, GOOD_STABLE } from "./fixture-mirror.js";

const root = resolve(import.meta.dirname, "../../..");
const mirror = process.env.KLAVIYO_OPENAPI_DIR ?? resolve(root, "../shared/klaviyo-openapi");
const manifestPath = join(mirror, "MANIFEST.json");
const hasMirror = existsSync(manifestPath);
if (!hasMirror) {
  console.warn(`SKIPPED: the lock-vs-MANIFEST test needs the spec mirror at ${mirror}`);
}

describe("spec/revisions.json", () => {
  const lock = parseLock(JSON.parse(readFileSync(join(root, "spec", "revisions.json"), "utf8")));

  it.skipIf(!hasMirror)(
    "lists every revision of the mirror's MANIFEST.json with the same hashes",
    () => {
      const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
        revisions: {
          revision: string;
          commit: string;
          files: Record<string, { sha256: string; bytes: number; commit: string }>;
        }[];
      };
      expect(Object.keys(lock.revisions).sort()).toEqual(
        manifest.revisions.map((r) => r.revision).sort(),
      );
      for (const entry of manifest.revisions) {
        const locked = lock.revisions[entry.revision]!;
        expect(locked.source.commit).toBe(entry.commit);
        const lockedFiles = Object.fromEntries(
          Object.entries(locked.files).map(([name, f]) => [
            name,
            { sha256: f.sha256, bytes: f.bytes, commit: f.commit },
          ]),
        );
        const manifestFiles = Object.fromEntries(
          Object.entries(entry.files).map(([name, f]) => [
            name,
            { sha256: f.sha256, bytes: f.bytes, commit: f.commit },
          ]),
        );
        expect(lockedFiles).toEqual(manifestFiles);
      }
    },
  );

  it("marks 2025-01-15 through 2026-04-15 supported and the older ones retired", () => {
    expect(supportedRevisions(lock)).toEqual([
      "2025-01-15",
      "2025-04-15",
      "2025-07-15",
      "2025-10-15",
      "2026-01-15",
      "2026-04-15",
    ]);
    expect(
      Object.keys(lock.revisions).filter((r) => lock.revisions[r]!.status === "retired"),
    ).toHaveLength(Object.keys(lock.revisions).length - 6);
  });
});

describe("parseLock", () => {
  const good = lockFor({ stable: GOOD_STABLE });
  const entry = good.revisions["2026-04-15"]!;
  const cases: { name: string; given: unknown; want: string }[] = [
    { name: "not an object", given: [], want: "the top level must be an object" },
    { name: "wrong version", given: { ...good, lockVersion: 2 }, want: "lockVersion must be 1" },
    {
      name: "bad revision name",
      given: { ...good, revisions: { "2026-4-15": entry } },
      want: 'revisions["2026-4-15"] is not a YYYY-MM-DD revision',
    },
    {
      name: "bad status",
      given: { ...good, revisions: { "2026-04-15": { ...entry, status: "beta" } } },
      want: 'revisions["2026-04-15"].status must be "supported" or "retired"',
    },
    {
      name: "bad hash",
      given: {
        ...good,
        revisions: {
          "2026-04-15": {
            ...entry,
            files: { "stable.json": { ...entry.files["stable.json"], sha256: "abc" } },
          },
        },
      },
      want: 'revisions["2026-04-15"].files["stable.json"].sha256 must be 64 lowercase hex digits',
    },
    {
      name: "no stable file",
      given: { ...good, revisions: { "2026-04-15": { ...entry, files: {} } } },
      want: 'revisions["2026-04-15"].files must hold at least "stable.json"',
    },
  ];
  it.each(cases)("reports where a malformed lock is wrong: $name", ({ given, want }) => {
    expect(() => parseLock(given)).toThrow(`lock file spec/revisions.json is malformed: ${want}`);
  });

  it("accepts a well-formed lock", () => {
    expect(parseLock(JSON.parse(JSON.stringify(good)))).toEqual(good);
  });
});
