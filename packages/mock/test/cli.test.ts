import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
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

  it.runIf(built)("prints usage and fails without --revision", async () => {
    const child = spawn(process.execPath, [launcher], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise((resolve) => child.once("exit", resolve));
    expect(code).toBe(2);
    expect(output).toContain("Usage: klaviyo-mock --revision");
  });
});
