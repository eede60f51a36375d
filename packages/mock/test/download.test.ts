import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { locateSpecDir } from "../src/index.js";
import { specCacheDir } from "../src/spec/cache.js";
import { downloadSpec } from "../src/spec/download.js";
import { knownRevisions } from "../src/spec/pins.js";
import { resolveSpecFile } from "../src/spec/resolve.js";
import { REVISION } from "./helpers.js";
import { closedPort, lockedSpec, startRawServer, type RawServer } from "./raw-server.js";

const spec = lockedSpec(REVISION);
const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

let raw: RawServer;
let cacheDir: string;
let cached: string;

beforeAll(async () => {
  raw = await startRawServer(spec);
});
afterAll(() => raw.close());

beforeEach(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), "klaviyo-mock-cache-"));
  cached = join(cacheDir, "spec", REVISION, "stable.json");
  raw.mode = "ok";
  raw.requests.length = 0;
});
afterEach(() => rm(cacheDir, { recursive: true, force: true }));

const download = (revision = REVISION) =>
  downloadSpec(revision, { rawBaseUrl: raw.url, cacheDir, env: {} });

/** Temp files left beside the cached spec would mean a write was not cleaned up. */
const leftovers = () =>
  existsSync(join(cacheDir, "spec", REVISION))
    ? readdirSync(join(cacheDir, "spec", REVISION)).filter((name) => name !== "stable.json")
    : [];

describe("downloading a revision's pinned spec", () => {
  it("fetches the lock's commit once, verifies it and caches it", async () => {
    expect(await download()).toBe(cached);
    expect(raw.requests).toEqual([spec.urlPath]);
    expect(sha256(readFileSync(cached))).toBe(spec.sha256);
    expect(leftovers()).toEqual([]);
  });

  it("uses the cached copy without asking again", async () => {
    await download();
    expect(await download()).toBe(cached);
    expect(raw.requests).toHaveLength(1);
  });

  it("replaces a cached copy whose checksum is not the pinned one", async () => {
    await download();
    writeFileSync(cached, readFileSync(cached).subarray(0, 1000));
    expect(await download()).toBe(cached);
    expect(raw.requests).toHaveLength(2);
    expect(sha256(readFileSync(cached))).toBe(spec.sha256);
  });

  it("refuses bytes that are not the pinned ones and caches nothing", async () => {
    raw.mode = "wrong-bytes";
    const error = await download().catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain(`${raw.url}${spec.urlPath}`);
    expect(message).toContain(`pins ${spec.sha256}`);
    expect(message).toMatch(/has sha256 [0-9a-f]{64} /);
    expect(message).not.toContain(`has sha256 ${spec.sha256}`);
    expect(message).not.toContain("\n");
    expect(existsSync(cached)).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it("names the URL and the status when the server answers an error", async () => {
    raw.mode = "404";
    await expect(download()).rejects.toThrow(
      `Cannot download the Klaviyo ${REVISION} spec from ${raw.url}${spec.urlPath}: HTTP 404 Not Found; pass specDir (--spec-dir) or set KLAVIYO_SPEC_DIR`,
    );
    expect(existsSync(cached)).toBe(false);
  });

  it("names the URL and the reason when nothing answers, and how to avoid the download", async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const error = await downloadSpec(REVISION, { rawBaseUrl: url, cacheDir, env: {} }).catch(
      (e: Error) => e,
    );
    expect((error as Error).message).toBe(
      `Cannot download the Klaviyo ${REVISION} spec from ${url}${spec.urlPath} (ECONNREFUSED); pass specDir (--spec-dir) or set KLAVIYO_SPEC_DIR to a folder with ${REVISION}/stable.json to avoid the download.`,
    );
  });

  it("gives up on a server that never answers", async () => {
    raw.mode = "hang";
    await expect(
      downloadSpec(REVISION, { rawBaseUrl: raw.url, cacheDir, env: {}, timeoutMs: 200 }),
    ).rejects.toThrow(/\(no answer within 0\.2 s\); pass specDir/);
  });

  it("lists the revisions it knows for an unknown one, before any request", async () => {
    const lock = JSON.parse(readFileSync(join(locateSpecDir(), "revisions.json"), "utf8"));
    const revisions = Object.keys(lock.revisions).sort();
    expect(knownRevisions()).toEqual(revisions);
    await expect(download("1999-01-01")).rejects.toThrow(
      `Unknown Klaviyo revision 1999-01-01; this mock knows ${revisions.join(", ")}.`,
    );
    await expect(download("constructor")).rejects.toThrow(/Unknown Klaviyo revision constructor/);
    expect(raw.requests).toEqual([]);
  });

  it("lets concurrent callers share one cache without reading half a file", async () => {
    const paths = await Promise.all(Array.from({ length: 4 }, () => download()));
    expect(new Set(paths)).toEqual(new Set([cached]));
    expect(sha256(readFileSync(cached))).toBe(spec.sha256);
    expect(leftovers()).toEqual([]);
  });

  it("says where it could not cache, and how to choose another folder", async () => {
    // A file where the cache folder should be: mkdir fails the same way for every user, root included.
    const blocked = join(cacheDir, "blocked");
    writeFileSync(blocked, "");
    await expect(
      downloadSpec(REVISION, { rawBaseUrl: raw.url, cacheDir: blocked, env: {} }),
    ).rejects.toThrow(
      `Cannot cache the Klaviyo ${REVISION} spec at ${join(blocked, "spec", REVISION, "stable.json")} (ENOTDIR); set KLAVIYO_MOCK_CACHE_DIR to a writable folder, or pass specDir`,
    );
  });

  it("takes the mirror and the cache folder from the environment", async () => {
    const path = await downloadSpec(REVISION, {
      env: { KLAVIYO_OPENAPI_RAW_URL: `${raw.url}/`, KLAVIYO_MOCK_CACHE_DIR: cacheDir },
    });
    expect(path).toBe(cached);
    expect(raw.requests).toEqual([spec.urlPath]);
  });
});

describe("the cache folder", () => {
  it("is KLAVIYO_MOCK_CACHE_DIR, else $XDG_CACHE_HOME/klaviyo-ts, else ~/.cache/klaviyo-ts", () => {
    expect(specCacheDir({ KLAVIYO_MOCK_CACHE_DIR: "/c", XDG_CACHE_HOME: "/x" })).toBe("/c");
    expect(specCacheDir({ XDG_CACHE_HOME: "/x" })).toBe(join("/x", "klaviyo-ts"));
    expect(specCacheDir({})).toBe(join(homedir(), ".cache", "klaviyo-ts"));
  });
});

describe("where the spec comes from", () => {
  it("downloads only when no local spec folder is found", async () => {
    const outside = await mkdtemp(join(tmpdir(), "klaviyo-mock-cwd-"));
    try {
      const env = { KLAVIYO_OPENAPI_RAW_URL: raw.url, KLAVIYO_MOCK_CACHE_DIR: cacheDir };
      expect(await resolveSpecFile(REVISION, { cwd: outside, env })).toBe(cached);
      expect(raw.requests).toHaveLength(1);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it("keeps a local folder's error when it lacks the revision, without downloading", async () => {
    const folder = join(cacheDir, "local-spec");
    await mkdir(folder);
    const env = { KLAVIYO_SPEC_DIR: folder, KLAVIYO_OPENAPI_RAW_URL: raw.url };
    await expect(resolveSpecFile(REVISION, { env })).rejects.toThrow(
      /No spec for revision 2026-04-15 at .*local-spec.*spec:sync/,
    );
    await expect(resolveSpecFile(REVISION, { specDir: folder, env: {} })).rejects.toThrow(
      /No spec for revision/,
    );
    expect(raw.requests).toEqual([]);
  });

  it("prefers the walk-up spec/ folder to a download", async () => {
    const path = await resolveSpecFile(REVISION, { env: { KLAVIYO_OPENAPI_RAW_URL: raw.url } });
    expect(path).toMatch(/spec[\\/]2026-04-15[\\/]stable\.json$/);
    expect(path.startsWith(cacheDir)).toBe(false);
    expect(raw.requests).toEqual([]);
  });
});
