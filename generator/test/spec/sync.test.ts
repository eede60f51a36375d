import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { syncSpecs } from "../../src/spec/sync.js";
import { resolveSpecSource } from "../../src/spec/spec-source.js";
import { verifySpecs } from "../../src/spec/verify.js";
import {
  GOOD_BETA,
  GOOD_STABLE,
  NOT_JSON,
  hash,
  lockFor,
  makeWorkspace,
} from "./fixture-mirror.js";

const REV = "2026-04-15";

describe("spec sync from a mirror folder", () => {
  it("copies every locked file and reports it written, then present on the next run", async () => {
    const lock = lockFor({ stable: GOOD_STABLE, beta: GOOD_BETA });
    const { root, mirror } = await makeWorkspace(lock, {
      [`${REV}/stable.json`]: GOOD_STABLE,
      [`${REV}/beta.json`]: GOOD_BETA,
    });
    const source = { kind: "mirror", dir: mirror } as const;

    const first = await syncSpecs({ root, lock, revisions: [], source });
    expect(first.map((r) => [r.file, r.outcome])).toEqual([
      ["stable.json", "written"],
      ["beta.json", "written"],
    ]);
    expect(await readFile(join(root, "spec", REV, "stable.json"), "utf8")).toBe(GOOD_STABLE);

    const mtime = (await stat(join(root, "spec", REV, "stable.json"))).mtimeMs;
    const second = await syncSpecs({ root, lock, revisions: [REV], source });
    expect(second.map((r) => r.outcome)).toEqual(["present", "present"]);
    expect((await stat(join(root, "spec", REV, "stable.json"))).mtimeMs).toBe(mtime);
    expect(await verifySpecs({ root, lock, revisions: [] })).toBe(2);
  });

  const failures: {
    name: string;
    mirror: Record<string, string>;
    lockStable?: string;
    revisions?: string[];
    want: string | RegExp;
  }[] = [
    {
      name: "tampered file",
      mirror: { [`${REV}/stable.json`]: GOOD_STABLE.replace("3.0.2", "3.0.3") },
      want: new RegExp(
        `^checksum mismatch for .*${REV}/stable\\.json: expected sha256 ${hash(GOOD_STABLE)}, got ${hash(
          GOOD_STABLE.replace("3.0.2", "3.0.3"),
        )}$`,
      ),
    },
    {
      name: "missing file",
      mirror: {},
      want: /^mirror folder .*mirror has no 2026-04-15\/stable\.json$/,
    },
    {
      name: "malformed JSON whose hash is the locked one",
      mirror: { [`${REV}/stable.json`]: NOT_JSON },
      lockStable: NOT_JSON,
      want: /^.*2026-04-15\/stable\.json is not valid JSON: /,
    },
    {
      name: "unknown revision",
      mirror: { [`${REV}/stable.json`]: GOOD_STABLE },
      revisions: ["2031-01-01"],
      want: 'unknown revision "2031-01-01"; the lock has: 2026-04-15',
    },
  ];

  it.each(failures)("fails with one specific line and writes nothing: $name", async (c) => {
    const lock = lockFor({ stable: c.lockStable ?? GOOD_STABLE });
    const { root, mirror } = await makeWorkspace(lock, c.mirror);
    const run = syncSpecs({
      root,
      lock,
      revisions: c.revisions ?? [],
      source: { kind: "mirror", dir: mirror },
    });
    await expect(run).rejects.toMatchObject({ name: "UserError" });
    await expect(run).rejects.toThrow(c.want);
    const specDir = await readdir(join(root, "spec"), { recursive: true });
    expect(specDir).toEqual(["revisions.json"]);
  });

  it("replaces a materialised file that no longer matches the lock", async () => {
    const lock = lockFor({ stable: GOOD_STABLE });
    const { root, mirror } = await makeWorkspace(lock, { [`${REV}/stable.json`]: GOOD_STABLE });
    const source = { kind: "mirror", dir: mirror } as const;
    await syncSpecs({ root, lock, revisions: [], source });
    await writeFile(join(root, "spec", REV, "stable.json"), "edited");
    const results = await syncSpecs({ root, lock, revisions: [], source });
    expect(results[0]?.outcome).toBe("written");
    expect(await readFile(join(root, "spec", REV, "stable.json"), "utf8")).toBe(GOOD_STABLE);
  });
});

describe("spec sync from GitHub", () => {
  it("downloads at the pinned commit and verifies the hash", async () => {
    const lock = lockFor({ stable: GOOD_STABLE });
    const { root } = await makeWorkspace(lock, {});
    const urls: string[] = [];
    const fakeFetch = (async (url: string) => {
      urls.push(url);
      return new Response(GOOD_STABLE);
    }) as typeof fetch;
    const results = await syncSpecs({
      root,
      lock,
      revisions: [],
      source: { kind: "github", fetch: fakeFetch, rawBaseUrl: "https://raw.example" },
    });
    expect(results[0]?.outcome).toBe("written");
    expect(urls).toEqual([
      `https://raw.example/klaviyo/openapi/${"a".repeat(40)}/openapi/stable.json`,
    ]);
  });

  it("downloads from the branch when the lock does not know the commit", async () => {
    const lock = lockFor({ stable: GOOD_STABLE });
    lock.revisions[REV]!.files["stable.json"]!.commit = "unknown";
    const { root } = await makeWorkspace(lock, {});
    const urls: string[] = [];
    const fakeFetch = (async (url: string) => {
      urls.push(url);
      return new Response(GOOD_STABLE);
    }) as typeof fetch;
    await syncSpecs({
      root,
      lock,
      revisions: [],
      source: { kind: "github", fetch: fakeFetch, rawBaseUrl: "https://raw.example" },
    });
    expect(urls).toEqual([`https://raw.example/klaviyo/openapi/${REV}/openapi/stable.json`]);
  });

  it("says there is no network and no mirror when the download fails", async () => {
    const lock = lockFor({ stable: GOOD_STABLE });
    const { root } = await makeWorkspace(lock, {});
    const offline = (async () => {
      throw new TypeError("fetch failed", { cause: { code: "ENOTFOUND" } });
    }) as typeof fetch;
    await expect(
      syncSpecs({
        root,
        lock,
        revisions: [],
        source: { kind: "github", fetch: offline, rawBaseUrl: "https://raw.example" },
      }),
    ).rejects.toThrow(
      /^cannot download https:\/\/raw\.example\/.* \(ENOTFOUND\) and no mirror folder was found; pass --from DIR or set KLAVIYO_OPENAPI_DIR$/,
    );
  });
});

describe("choosing the spec source", () => {
  it("rejects a --from folder that does not exist", async () => {
    const lock = lockFor({ stable: GOOD_STABLE });
    const { root } = await makeWorkspace(lock, {});
    expect(() => resolveSpecSource({ root, from: join(root, "nope"), env: {} })).toThrow(
      /^mirror folder .*nope does not exist$/,
    );
  });

  it("prefers --from, then KLAVIYO_OPENAPI_DIR, then GitHub when no sibling mirror exists", async () => {
    const lock = lockFor({ stable: GOOD_STABLE });
    const { root, mirror } = await makeWorkspace(lock, {});
    expect(
      resolveSpecSource({ root, from: mirror, env: { KLAVIYO_OPENAPI_DIR: "/nope" } }),
    ).toEqual({
      kind: "mirror",
      dir: mirror,
    });
    expect(resolveSpecSource({ root, env: { KLAVIYO_OPENAPI_DIR: mirror } })).toEqual({
      kind: "mirror",
      dir: mirror,
    });
    expect(resolveSpecSource({ root, env: {} }).kind).toBe("github");
  });
});

describe("spec verify", () => {
  it("names a missing file and the command that fixes it", async () => {
    const lock = lockFor({ stable: GOOD_STABLE });
    const { root } = await makeWorkspace(lock, {});
    await expect(verifySpecs({ root, lock, revisions: [] })).rejects.toThrow(
      "spec/2026-04-15/stable.json is missing; run: klaviyo-gen spec sync 2026-04-15",
    );
  });

  it("names a tampered file with both hashes", async () => {
    const lock = lockFor({ stable: GOOD_STABLE });
    const { root, mirror } = await makeWorkspace(lock, { [`${REV}/stable.json`]: GOOD_STABLE });
    await syncSpecs({ root, lock, revisions: [], source: { kind: "mirror", dir: mirror } });
    await writeFile(join(root, "spec", REV, "stable.json"), "{}");
    await expect(verifySpecs({ root, lock, revisions: [] })).rejects.toThrow(
      `checksum mismatch for spec/2026-04-15/stable.json: expected sha256 ${hash(GOOD_STABLE)}, got ${hash("{}")}`,
    );
  });
});
