import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import packageJson from "../package.json" with { type: "json" };
import { API_KEY, REVISION } from "./helpers.js";

const launcher = fileURLToPath(new URL("../bin/klaviyo-mock.js", import.meta.url));
const built = existsSync(fileURLToPath(new URL("../dist/cli.js", import.meta.url)));

describe("klaviyo-mock CLI", () => {
  it("is built before its test runs (turbo: test depends on build)", () => {
    expect(built, "run `pnpm --filter @klaviyo-ts/mock build` first").toBe(true);
  });

  it.runIf(built)("serves a revision on the requested port until SIGTERM", async () => {
    const child = spawn(
      process.execPath,
      [launcher, "--revision", REVISION, "--port", "0", "--seed", "3"],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    try {
      const banner = await new Promise<string>((resolve, reject) => {
        child.stdout.on("data", (chunk: Buffer) => resolve(chunk.toString()));
        child.once("exit", (code) => reject(new Error(`exited with ${code}`)));
      });
      expect(banner).toMatch(
        /klaviyo-mock 2026-04-15: 308 operations on http:\/\/127\.0\.0\.1:\d+/,
      );
      const url = /http:\/\/\S+/.exec(banner)?.[0];
      const response = await fetch(`${url}/api/lists`, {
        headers: { authorization: `Klaviyo-API-Key ${API_KEY}`, revision: REVISION },
      });
      expect(response.status).toBe(200);
    } finally {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    }
  });

  const run = async (args: string[]) => {
    const child = spawn(process.execPath, [launcher, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.once("exit", resolve));
    return { code, stdout, stderr };
  };

  it.runIf(built)(
    "explains options, environment variables and spec sources in --help",
    async () => {
      const { code, stdout } = await run(["--help"]);
      expect(code).toBe(0);
      for (const text of [
        "Usage: klaviyo-mock --revision",
        "--port",
        "--fault-probability",
        "KLAVIYO_SPEC_DIR",
        "KLAVIYO_MOCK_CACHE_DIR",
        "KLAVIYO_OPENAPI_RAW_URL",
        "Where specs come from",
      ]) {
        expect(stdout).toContain(text);
      }
    },
  );

  it.runIf(built)("prints its version", async () => {
    const { code, stdout } = await run(["--version"]);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(packageJson.version);
  });

  it.runIf(built).each([
    [[], "--revision is required"],
    [
      ["--revision", "2026-04-15", "--port", "abc"],
      "--port must be a whole number from 0 to 65535, got 'abc'",
    ],
    [["--revision", "2026-04-15", "--port", "70000"], "--port must be a whole number"],
    [["--revision", "2026-04-15", "--profiles", "many"], "--profiles must be a whole number"],
    [
      ["--revision", "2026-04-15", "--fault-probability", "2"],
      "--fault-probability must be a number from 0 to 1",
    ],
    [["--revision", "April"], "--revision must look like YYYY-MM-DD"],
    [["--revision", "2026-04-15", "--prot", "1"], "Unknown option '--prot'"],
  ])("refuses %j with a clear message and exit code 2", async (args, message) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain("klaviyo-mock --help");
    expect(stderr).not.toContain("NaN");
  });
});
