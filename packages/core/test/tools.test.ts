import { describe, expect, it } from "vitest";
import {
  defineTools,
  KlaviyoToolArgumentError,
  type HttpMethod,
  type OperationMeta,
  type ToolData,
  type ToolOperation,
} from "../src/index.js";

/** An operation function that records the params it was called with instead of sending. */
function fakeOperation(method: HttpMethod, calls: unknown[] = []): ToolOperation {
  const meta: OperationMeta = {
    id: "op",
    method,
    path: "/api/things/{id}",
    rateLimit: { burst: 10, steady: 150 },
    scopes: ["things:read"],
    paginated: method === "GET",
    beta: false,
  };
  return Object.assign(
    async (_client: unknown, params: unknown) => {
      calls.push(params);
      return { data: [] };
    },
    { meta },
  ) as unknown as ToolOperation;
}

const data: ToolData = {
  name: "get_thing",
  title: "Get Thing",
  description: "Get Thing\n\nRate limits: burst 10/s, steady 150/m. Scopes: things:read.",
  tags: ["Things"],
  params: { id: "id", fields_thing: "fields[thing]", page_size: "page[size]", body: "body" },
  properties: { id: { type: "string" }, body: { $ref: "#/$defs/Body" } },
  required: ["id"],
  defs: ["Body", "Part"],
  compact: { page_size: 20 },
};
const defs = {
  Body: { type: "object", properties: { part: { $ref: "#/$defs/Part" } } },
  Part: { type: "string" },
  Unrelated: { type: "integer" },
};
const client = { revision: "2030-01-15" };

describe("defineTools", () => {
  it("bundles the definitions a tool names, and only those, into a standalone 2020-12 schema", () => {
    const [tool] = defineTools(defs, [[data, fakeOperation("GET")]]);
    expect(tool?.inputSchema).toEqual({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      type: "object",
      properties: data.properties,
      required: ["id"],
      additionalProperties: false,
      $defs: { Body: defs.Body, Part: defs.Part },
    });
  });

  it.each([
    ["GET", { readOnlyHint: true, destructiveHint: false, idempotentHint: true }],
    ["POST", { readOnlyHint: false, destructiveHint: false, idempotentHint: false }],
    ["PATCH", { readOnlyHint: false, destructiveHint: false, idempotentHint: true }],
    ["DELETE", { readOnlyHint: false, destructiveHint: true, idempotentHint: true }],
  ] as const)("annotates %s", (method, hints) => {
    const [tool] = defineTools(defs, [[data, fakeOperation(method)]]);
    expect(tool?.annotations).toEqual({ title: "Get Thing", openWorldHint: true, ...hints });
    expect(tool?.method).toBe(method);
  });

  it("calls the operation with each argument under its parameter's name, leaving out undefined", async () => {
    const calls: unknown[] = [];
    const [tool] = defineTools(defs, [[data, fakeOperation("GET", calls)]]);
    await tool?.call(client, {
      id: "t1",
      fields_thing: ["name"],
      page_size: 5,
      body: { a: 1 },
      skipped: undefined,
    });
    expect(calls).toEqual([
      { id: "t1", "fields[thing]": ["name"], "page[size]": 5, body: { a: 1 } },
    ]);
  });

  it.each([
    [{ api_key: "pk_x" }, 'get_thing has no argument "api_key"'],
    [{ toString: "x" }, 'get_thing has no argument "toString"'],
    [["t1"], "get_thing: arguments must be an object"],
  ])("refuses %j before anything is sent", async (args, message) => {
    const calls: unknown[] = [];
    const [tool] = defineTools(defs, [[data, fakeOperation("GET", calls)]]);
    await expect(tool?.call(client, args as never)).rejects.toThrow(KlaviyoToolArgumentError);
    await expect(tool?.call(client, args as never)).rejects.toThrow(message);
    expect(calls).toEqual([]);
  });

  it("carries the operation's metadata and the compact arguments", () => {
    const [tool] = defineTools(defs, [[data, fakeOperation("GET")]]);
    expect(tool).toMatchObject({
      name: "get_thing",
      path: "/api/things/{id}",
      scopes: ["things:read"],
      rateLimit: { burst: 10, steady: 150 },
      paginated: true,
      tags: ["Things"],
      compact: { page_size: 20 },
    });
  });
});
