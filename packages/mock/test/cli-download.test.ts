import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { locateSpecDir } from "../src/index.js";
import { API_KEY, REVISION } from "./helpers.js";
import { closedPort, lockedSpec, startRawServer, type RawServer } from "./raw-server.js";

const launcher = fileURLToPath(new URL("../bin/klaviyo-mock.js", import.meta.url));
const dist = (file: string) => fileURLToPath(new URL(`../dist/${file}`, import.meta.url));
const built = existsSync(dist("cli.js"));
const spec = lockedSpec(REVISION);

let raw: RawServer;
let home: string;

beforeAll(async () => {
  raw = await startRawServer(spec);
  // The working directory, the cache and HOME all outside the checkout, as for an npm install.
  home = await mkdtemp(join(tmpdir(), "klaviyo-mock-npm-"));
});
afterAll(async () => {
  await raw.close();
  await rm(home, { recursive: true, force: true });
});

function launch(rawUrl: string): ChildProcessWithoutNullStreams {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    KLAVIYO_OPENAPI_RAW_URL: rawUrl,
    KLAVIYO_MOCK_CACHE_DIR: join(home, "cache"),
  };
  delete env.KLAVIYO_SPEC_DIR;
  delete env.XDG_CACHE_HOME;
  return spawn(process.execPath, [launcher, "--revision", REVISION, "--port", "0"], {
    cwd: home,
    env,
  });
}

/** Resolves with the first line on stdout; rejects with stderr if the CLI exits first. */
function firstLine(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("\n")) resolve(out.split("\n")[0] as string);
    });
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`exited with ${code}: ${err}`)));
  });
}

describe.runIf(built)("klaviyo-mock installed from npm (no spec folder)", () => {
  it("downloads the pinned spec into the cache, then serves it", async () => {
    const child = launch(raw.url);
    try {
      const banner = await firstLine(child);
      expect(banner).toMatch(
        /^klaviyo-mock 2026-04-15: 308 operations on http:\/\/127\.0\.0\.1:\d+/,
      );
      expect(raw.requests).toEqual([spec.urlPath]);
      expect(existsSync(join(home, "cache", "spec", REVISION, "stable.json"))).toBe(true);
      const url = /http:\/\/\S+/.exec(banner)?.[0];
      const response = await fetch(`${url}/api/profiles`, {
        headers: { authorization: `Klaviyo-API-Key ${API_KEY}`, revision: REVISION },
      });
      expect(response.status).toBe(200);
      expect(Array.isArray(((await response.json()) as { data: unknown }).data)).toBe(true);
    } finally {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    }
  });

  it("prints one line and exits 1 when the download fails", async () => {
    const unreachable = `http://127.0.0.1:${await closedPort()}`;
    const home2 = await mkdtemp(join(tmpdir(), "klaviyo-mock-npm-"));
    const child = spawn(process.execPath, [launcher, "--revision", REVISION, "--port", "0"], {
      cwd: home2,
      env: {
        ...process.env,
        KLAVIYO_SPEC_DIR: "",
        KLAVIYO_OPENAPI_RAW_URL: unreachable,
        KLAVIYO_MOCK_CACHE_DIR: join(home2, "cache"),
      },
    });
    try {
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise((resolve) => child.once("exit", resolve));
      expect(code).toBe(1);
      expect(stderr.trimEnd().split("\n")).toEqual([
        `klaviyo-mock: Cannot download the Klaviyo ${REVISION} spec from ${unreachable}${spec.urlPath} (ECONNREFUSED); pass specDir (--spec-dir) or set KLAVIYO_SPEC_DIR to a folder with ${REVISION}/stable.json to avoid the download.`,
      ]);
      expect(existsSync(join(home2, "cache", "spec", REVISION, "stable.json"))).toBe(false);
    } finally {
      child.kill("SIGTERM");
      await rm(home2, { recursive: true, force: true });
    }
  });
});

describe.runIf(built)("the build", () => {
  it("bundles the revisions' pins, not the whole lock, once per module format", () => {
    const lock = JSON.parse(readFileSync(join(locateSpecDir(), "revisions.json"), "utf8"));
    const entries = Object.values<any>(lock.revisions);
    // ./ and ./msw share chunks: the pins must be in one of them, once per module format.
    const built = readdirSync(dist("."));
    for (const extension of [".js", ".cjs"]) {
      const code = built
        .filter((file) => file.endsWith(extension) && file !== "cli.js")
        .map((file) => readFileSync(dist(file), "utf8"))
        .join("\n");
      for (const entry of entries) {
        expect(code.split(entry.files["stable.json"].sha256)).toHaveLength(2);
        expect(code).toContain(entry.files["stable.json"].commit);
        if (entry.files["beta.json"]) expect(code).not.toContain(entry.files["beta.json"].sha256);
      }
      expect(code).not.toContain("lockVersion");
      expect(code).not.toContain(lock.$comment.slice(0, 40));
    }
    // The CLI imports dist/index.js rather than carrying a second copy.
    expect(readFileSync(dist("cli.js"), "utf8")).not.toContain(spec.sha256);
  });
});
