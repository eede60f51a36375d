import { startMock, type MockServer } from "@klaviyo-ts/mock";
import { Ajv2020 } from "ajv/dist/2020.js";
import formats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, documentOf, textOf, type Connected } from "./support/mcp-client.js";
import { specOperations } from "./support/spec.js";

const REVISION = "2026-04-15";
// Shaped like a real private key, so a leak would be unmistakable in anything the client receives.
const KEY = "pk_mcptest0123456789abcdef0123456789ab";

let mock: MockServer;
let env: Record<string, string>;

beforeAll(async () => {
  mock = await startMock({ revision: REVISION, seed: 1 });
  env = { KLAVIYO_API_KEY: KEY, KLAVIYO_BASE_URL: mock.url };
});
afterAll(() => mock.close());

describe("klaviyo-mcp over stdio, against the mock", () => {
  let server: Connected;
  beforeAll(async () => {
    server = await connect(["--revision", REVISION], env);
  });
  afterAll(() => server.close());

  it("lists one tool per stable operation of the revision", async () => {
    const { tools } = await server.client.listTools();
    const names = tools.map((tool) => tool.name).sort();
    expect(names).toEqual(
      specOperations(REVISION)
        .map((op) => op.id)
        .sort(),
    );
  });

  it("lists input schemas that ajv compiles as JSON Schema 2020-12, in strict mode", async () => {
    const { tools } = await server.client.listTools();
    const failures: string[] = [];
    // One instance: the schemas have no $id, so they cannot clash, and ajv's setup is paid once.
    const ajv = new Ajv2020({ strict: true, code: { optimize: false } });
    // ajv-formats is CommonJS: its plugin is the default export's `default` under NodeNext.
    formats.default(ajv);
    for (const tool of tools) {
      try {
        ajv.compile(tool.inputSchema);
      } catch (error) {
        failures.push(`${tool.name}: ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
    const getProfiles = tools.find((tool) => tool.name === "get_profiles")?.inputSchema ?? {};
    expect(ajv.validate(getProfiles, { page_size: 2, fields_profile: ["email"] })).toBe(true);
    expect(ajv.validate(getProfiles, { fields_profile: ["no_such_field"] })).toBe(false);
    expect(ajv.validate(getProfiles, { api_key: "pk_x" })).toBe(false);
  }, 120_000);

  it("annotates GET as read-only, DELETE as destructive, and POST as not idempotent", async () => {
    const { tools } = await server.client.listTools();
    const byName = new Map(tools.map((tool) => [tool.name, tool.annotations]));
    expect(byName.get("get_profiles")).toMatchObject({
      readOnlyHint: true,
      destructiveHint: false,
    });
    expect(byName.get("delete_list")).toMatchObject({
      readOnlyHint: false,
      destructiveHint: true,
      idempotentHint: true,
    });
    expect(byName.get("create_event")).toMatchObject({
      readOnlyHint: false,
      idempotentHint: false,
    });
  });

  it("get_profiles answers a compact page and states the next cursor, which fetches the next page", async () => {
    const first = await server.call("get_profiles");
    expect(first.isError).toBeFalsy();
    const note = textOf(first).split("\n")[0] ?? "";
    expect(note).toMatch(
      /^20 items\. More pages: call get_profiles again with page_cursor "[^"]+"\.$/,
    );
    const page = documentOf(first).data as { id: string; attributes: Record<string, unknown> }[];
    expect(page).toHaveLength(20);
    // the default sparse fieldset: top-level attributes only, no nested location/subscriptions
    expect(page[0]?.attributes).toHaveProperty("email");
    expect(page[0]?.attributes).not.toHaveProperty("location");
    const cursor = /page_cursor "([^"]+)"/.exec(note)?.[1];
    const second = await server.call("get_profiles", { page_cursor: cursor });
    const next = documentOf(second).data as { id: string }[];
    expect(next.map((p) => p.id)).not.toContain(page[0]?.id);
  });

  it("get_profiles takes the caller's filter, fields and page size over the compact defaults", async () => {
    const result = await server.call("get_profiles", {
      page_size: 2,
      fields_profile: ["email", "location"],
    });
    const page = documentOf(result).data as { attributes: Record<string, unknown> }[];
    expect(page).toHaveLength(2);
    expect(Object.keys(page[0]?.attributes ?? {}).sort()).toEqual(["email", "location"]);
  });

  it("create_event sends the body once, through the runtime", async () => {
    mock.clearRequests();
    const result = await server.call("create_event", {
      body: {
        data: {
          type: "event",
          attributes: {
            properties: { sku: "A-1" },
            metric: { data: { type: "metric", attributes: { name: "Viewed Product" } } },
            profile: { data: { type: "profile", attributes: { email: "mcp@example.com" } } },
          },
        },
      },
    });
    expect(result.isError).toBeFalsy();
    const posts = mock.requests.filter((r) => r.operationId === "create_event");
    expect(posts).toHaveLength(1);
    expect(posts[0]?.status).toBe(202);
    expect(posts[0]?.headers.revision).toBe(REVISION);
  });

  it("a 404 is a tool error carrying Klaviyo's detail", async () => {
    const result = await server.call("get_profile", { id: "01NOSUCHPROFILE000000000000" });
    expect(result.isError).toBe(true);
    const error = JSON.parse(textOf(result)) as {
      error: string;
      status: number;
      errors: { detail?: string }[];
    };
    expect(error.error).toBe("KlaviyoNotFoundError");
    expect(error.status).toBe(404);
    expect(error.errors[0]?.detail).toBeTruthy();
  });

  it("an argument the operation does not have is a tool error, and nothing is sent", async () => {
    mock.clearRequests();
    const result = await server.call("get_profiles", { api_key: "x" });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain('has no argument \\"api_key\\"');
    expect(mock.requests).toHaveLength(0);
  });

  it("never lets the key reach the client, even when Klaviyo echoes it back", async () => {
    // The mock's 400 for a filter on an unknown field quotes the filter, key included.
    const echoed = await server.call("get_profiles", { filter: `equals(${KEY},"x")` });
    expect(echoed.isError).toBe(true);
    expect(textOf(echoed)).toContain("[redacted]");
    await server.call("get_profiles", { filter: `equals(email,"${KEY}")` });
    const everything = server.received.join("\n");
    expect(everything.length).toBeGreaterThan(1000);
    expect(everything).not.toContain(KEY);
  });
});

describe("klaviyo-mcp modes", () => {
  it("--read-only lists the GET operations and no write tool", async () => {
    const server = await connect(["--revision", REVISION, "--read-only"], env);
    try {
      const { tools } = await server.client.listTools();
      const gets = specOperations(REVISION).filter((op) => op.method === "GET");
      expect(tools.map((t) => t.name).sort()).toEqual(gets.map((op) => op.id).sort());
      expect(tools.every((t) => t.annotations?.readOnlyHint === true)).toBe(true);
      const write = await server.call("create_event", { body: {} });
      expect(write.isError).toBe(true);
    } finally {
      await server.close();
    }
  });

  it("--tools selects by operation, tag and scope", async () => {
    const server = await connect(
      ["--revision", REVISION, "--tools", "get_accounts,tag:Events,scope:lists:write"],
      env,
    );
    try {
      const names = (await server.client.listTools()).tools.map((t) => t.name);
      expect(names).toContain("get_accounts");
      expect(names).toContain("create_event");
      expect(names).toContain("create_list");
      expect(names).not.toContain("get_profiles");
      expect(names).not.toContain("get_lists");
    } finally {
      await server.close();
    }
  });

  it("--dynamic offers three meta-tools that list, describe and invoke operations", async () => {
    const server = await connect(["--revision", REVISION, "--dynamic", "--read-only"], env);
    try {
      const { tools } = await server.client.listTools();
      expect(tools.map((t) => t.name)).toEqual([
        "list_klaviyo_operations",
        "describe_klaviyo_operation",
        "invoke_klaviyo_operation",
      ]);
      const listed = textOf(await server.call("list_klaviyo_operations", { search: "profiles" }));
      expect(listed).toContain("get_profiles (GET; Profiles)");
      expect(listed).not.toContain("create_profile");
      const described = JSON.parse(
        textOf(await server.call("describe_klaviyo_operation", { name: "get_profiles" })),
      ) as { inputSchema: { properties: Record<string, unknown> } };
      expect(described.inputSchema.properties).toHaveProperty("filter");
      const invoked = await server.call("invoke_klaviyo_operation", {
        name: "get_profiles",
        arguments: { page_size: 3 },
      });
      expect(documentOf(invoked).data).toHaveLength(3);
      const refused = await server.call("invoke_klaviyo_operation", { name: "create_event" });
      expect(refused.isError).toBe(true);
    } finally {
      await server.close();
    }
  });
});
