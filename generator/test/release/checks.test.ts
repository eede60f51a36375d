import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkAgainstMock } from "../../src/release/checks/against-mock.js";
import { repoRoot } from "../support/fixtures.js";
import { checkContents } from "../../src/release/checks/contents.js";
import { checkPinnedRevision } from "../../src/release/checks/pinned-revision.js";
import { checkSizeBudget } from "../../src/release/checks/size-budget.js";
import { isEsmOnly } from "../../src/release/checks/types-resolution.js";
import type { PublishablePackage } from "../../src/release/publishable-packages.js";
import type { Tarball } from "../../src/release/tarball.js";

function pkg(name: string, sizeBudget?: { packed: number; unpacked: number }): PublishablePackage {
  return {
    name,
    version: "1.0.0",
    dir: "/nowhere",
    manifest: { name, version: "1.0.0", ...(sizeBudget && { sizeBudget }) },
  };
}

function tarball(files: Record<string, string>, bytes = 100): Tarball {
  return { bytes, files: new Map(Object.entries(files)), pkg: undefined as never };
}

const data = new Uint8Array();

describe("contents check", () => {
  const cases: { name: string; files: Record<string, string>; want: string[] }[] = [
    {
      name: "dist only",
      files: { "package.json": "{}", "dist/index.js": "x", "dist/index.d.ts": "x" },
      want: [],
    },
    {
      name: "a spec file",
      files: { "spec/2026-04-15/stable.json": "{}" },
      want: ["contents: spec/2026-04-15/stable.json is a spec file"],
    },
    {
      name: "a test",
      files: { "dist/client.test.js": "" },
      want: ["contents: dist/client.test.js is a test"],
    },
    {
      name: "a fixture",
      files: { "fixtures/a.txt": "" },
      want: ["contents: fixtures/a.txt is a test fixture"],
    },
    {
      name: "a source map comment with no map",
      files: { "dist/index.js": "x\n//# sourceMappingURL=index.js.map\n" },
      want: [
        "contents: dist/index.js points at source map dist/index.js.map, which is not in the tarball",
      ],
    },
    {
      name: "a map whose sources are missing",
      files: {
        "dist/index.js": "x\n//# sourceMappingURL=index.js.map\n",
        "dist/index.js.map": JSON.stringify({ sources: ["../src/index.ts"] }),
      },
      want: ["contents: dist/index.js.map points at src/index.ts, which is not in the tarball"],
    },
    {
      name: "a map that embeds its sources",
      files: {
        "dist/index.js": "x\n//# sourceMappingURL=index.js.map\n",
        "dist/index.js.map": JSON.stringify({
          sources: ["../src/index.ts"],
          sourcesContent: ["x"],
        }),
      },
      want: [],
    },
  ];
  it.each(cases)("$name", async ({ files, want }) => {
    expect(await checkContents(pkg("@klaviyo-ts/core"), tarball(files), data)).toEqual(want);
  });
});

describe("pinned revision check", () => {
  const cases: { name: string; pkgName: string; files: Record<string, string>; want: string[] }[] =
    [
      {
        name: "stable and beta pinned to the package's revision",
        pkgName: "@klaviyo-ts/2026-04-15",
        files: {
          "dist/index.js": 'const revision = "2026-04-15";',
          "dist/beta.cjs": 'revision: "2026-04-15.pre"',
        },
        want: [],
      },
      {
        name: "another revision pinned",
        pkgName: "@klaviyo-ts/2026-04-15",
        files: { "dist/index.js": 'const revision = "2026-01-15";' },
        want: ["revision: @klaviyo-ts/2026-04-15 pins revision 2026-01-15, not 2026-04-15"],
      },
      {
        name: "nothing pinned",
        pkgName: "@klaviyo-ts/2026-04-15",
        files: { "dist/index.js": "export {}" },
        want: [
          "revision: no pinned revision found in the built JavaScript of @klaviyo-ts/2026-04-15",
        ],
      },
      { name: "not a revision package", pkgName: "@klaviyo-ts/core", files: {}, want: [] },
    ];
  it.each(cases)("$name", async ({ pkgName, files, want }) => {
    expect(await checkPinnedRevision(pkg(pkgName), tarball(files), data)).toEqual(want);
  });
});

describe("size budget check", () => {
  it("passes within budget and names each budget exceeded", async () => {
    const files = { "dist/index.js": "x".repeat(2048) };
    expect(
      await checkSizeBudget(pkg("a", { packed: 1024, unpacked: 4096 }), tarball(files, 1000), data),
    ).toEqual([]);
    expect(
      await checkSizeBudget(pkg("a", { packed: 512, unpacked: 1024 }), tarball(files, 1000), data),
    ).toEqual([
      "size: packed 1.0 KB is over the budget of 0.5 KB",
      "size: unpacked 2.0 KB is over the budget of 1.0 KB",
    ]);
  });

  it("requires a budget", async () => {
    expect(await checkSizeBudget(pkg("a"), tarball({}), data)).toEqual([
      'size: a has no "sizeBudget" in its package.json',
    ]);
  });
});

describe("against-the-mock check", () => {
  const built = existsSync(join(repoRoot, "packages/2026-04-15/dist/index.js"));
  const revisionPackage = (dir: string) => ({ ...pkg("@klaviyo-ts/2026-04-15"), dir });

  it("skips packages that are not revision packages", async () => {
    expect(await checkAgainstMock(pkg("@klaviyo-ts/core"), tarball({}), data)).toEqual([]);
  });

  it("names what is missing when the package is not built", async () => {
    const problems = await checkAgainstMock(
      revisionPackage("/nowhere/packages/2026-04-15"),
      tarball({}),
      data,
    );
    expect(problems).toEqual([
      "mock: /nowhere/packages/mock/dist/index.js is missing; run pnpm build first",
    ]);
  });

  it.skipIf(!built)("passes the built 2026-04-15 package against its mock", async () => {
    const dir = join(repoRoot, "packages/2026-04-15");
    expect(await checkAgainstMock(revisionPackage(dir), tarball({}), data)).toEqual([]);
  });

  it.skipIf(!built)("reports a client that does not answer as the spec says", async () => {
    const root = await mkdtemp(join(tmpdir(), "klaviyo-against-mock-"));
    try {
      await mkdir(join(root, "packages/2026-04-15/dist"), { recursive: true });
      await symlink(join(repoRoot, "packages/mock"), join(root, "packages/mock"));
      await symlink(join(repoRoot, "spec"), join(root, "spec"));
      await writeFile(
        join(root, "packages/2026-04-15/dist/index.js"),
        "export const createKlaviyo = () => ({});\n" +
          "export const getProfiles = { async *all() {} };\n",
      );
      await writeFile(
        join(root, "packages/2026-04-15/dist/typed-fetch.js"),
        'export const createKlaviyoWithTypedFetch = () => ({ GET: async () => ({ error: "boom" }) });\n',
      );
      const dir = join(root, "packages/2026-04-15");
      expect(await checkAgainstMock(revisionPackage(dir), tarball({}), data)).toEqual([
        'mock: GET /api/lists gave no list collection: "boom"',
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe("isEsmOnly", () => {
  const withManifest = (manifest: Record<string, unknown>): PublishablePackage => ({
    ...pkg("@klaviyo-ts/x"),
    manifest: { name: "@klaviyo-ts/x", version: "1.0.0", ...manifest },
  });
  it.each([
    [{ type: "module", exports: { ".": { import: "./dist/index.js" } } }, true],
    [{ type: "module", exports: { ".": { import: "./a.js", require: "./a.cjs" } } }, false],
    [{ exports: { ".": { import: "./dist/index.js" } } }, false],
    [{ type: "module" }, false],
  ])("%j -> %s", (manifest, esmOnly) => {
    expect(isEsmOnly(withManifest(manifest))).toBe(esmOnly);
  });
});
