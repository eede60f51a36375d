import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { startMock, type MockServer } from "@klaviyo-ts/mock";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bin, documentOf, packageDir } from "./support/mcp-client.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

let mock: MockServer;
let child: ChildProcess;
let url: string;

beforeAll(async () => {
  mock = await startMock({ revision: "2026-04-15", seed: 1 });
  child = spawn(
    process.execPath,
    [bin, "--revision", "2026-04-15", "--http", "--port", "0", "--read-only"],
    {
      cwd: packageDir,
      env: { ...process.env, KLAVIYO_API_KEY: "pk_http_test_key", KLAVIYO_BASE_URL: mock.url },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  child.stderr?.setEncoding("utf8");
  url = await new Promise<string>((resolve, reject) => {
    child.stderr?.on("data", (chunk: string) => {
      stderr += chunk;
      const found = /at (http:\/\/\S+\/mcp)/.exec(stderr);
      if (found?.[1]) resolve(found[1]);
    });
    child.once("exit", (code) => reject(new Error(`klaviyo-mcp exited ${code}: ${stderr}`)));
  });
});

afterAll(async () => {
  child.kill();
  await once(child, "exit");
  await mock.close();
});

describe("klaviyo-mcp --http", () => {
  it("serves tools over streamable HTTP at /mcp", async () => {
    const client = new Client({ name: "http-test", version: "0.0.0" });
    await client.connect(new StreamableHTTPClientTransport(new URL(url)));
    try {
      const { tools } = await client.listTools();
      expect(tools.some((tool) => tool.name === "get_profiles")).toBe(true);
      const result = (await client.callTool({
        name: "get_profiles",
        arguments: { page_size: 2 },
      })) as CallToolResult;
      expect(documentOf(result).data).toHaveLength(2);
    } finally {
      await client.close();
    }
  });

  it("refuses a request addressed to another host (DNS rebinding)", async () => {
    // node:http, because fetch does not let a caller choose the Host header.
    const request = httpRequest(url, {
      method: "POST",
      headers: { host: "attacker.example", "content-type": "application/json" },
    });
    request.end("{}");
    const [response] = (await once(request, "response")) as [IncomingMessage];
    response.resume();
    expect(response.statusCode).toBe(403);
  });

  it("answers 404 off the /mcp path", async () => {
    const response = await fetch(new URL("/other", url));
    expect(response.status).toBe(404);
  });
});
