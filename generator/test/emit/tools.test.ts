import { describe, expect, it } from "vitest";
import { argumentName, emitTools } from "../../src/emit/tools.js";
import type { OpenApiDocument } from "@klaviyo-ts/spec-model";
import { model } from "./model.js";

const description = [
  "Get all things.<br><br>*Rate limits*:<br>Burst: `10/s`<br>Steady: `150/m`",
  "",
  "**Scopes:**",
  "`things:read`",
  "",
  "[OpenAPI Spec](https://example.com/get_things.json)",
].join("\n");

const document: OpenApiDocument = {
  openapi: "3.0.2",
  info: { version: "2030-01-15" },
  paths: {
    "/api/things": {
      get: {
        operationId: "get_things",
        description,
        tags: ["Things"],
        parameters: [
          {
            name: "fields[thing]",
            in: "query",
            schema: {
              type: "array",
              items: { type: "string", enum: ["name", "size", "size.width"] },
            },
          },
          { name: "filter", in: "query", schema: { type: "string" } },
          {
            name: "page[size]",
            in: "query",
            schema: { type: "integer", default: 50, maximum: 100 },
          },
          { name: "X-Trace", in: "header", schema: { type: "string" } },
        ],
        responses: {},
      },
    },
  },
};

/** The row of the one tool, parsed back from the emitted text. */
function row(text: string): Record<string, unknown> {
  const line = text.split("\n").find((l) => l.startsWith("  [{"))!;
  const literal = line.slice(3, line.lastIndexOf("}, ") + 1);
  return JSON.parse(literal.replace(/:p\d+/g, ":null")) as Record<string, unknown>;
}

describe("emitTools", () => {
  const op = model({
    id: "get_things",
    name: "getThings",
    filters: {
      name: { operators: { single: ["equals"], list: ["any"] }, value: { type: "string" } },
    },
  });
  const emitted = row(emitTools(document, [op], "2030-01-15", "// header"));

  it("describes with the spec's text, its own rate-limit and scope lines replaced by ours", () => {
    expect(emitted.description).toBe(
      "Get Things\n\nGet all things.\n\nRate limits: burst 10/s, steady 150/m. Scopes: things:read.",
    );
  });

  it("maps bracketed parameters to plain argument names and leaves header parameters out", () => {
    expect(emitted.params).toEqual({
      fields_thing: "fields[thing]",
      filter: "filter",
      page_size: "page[size]",
    });
  });

  it("states the filter grammar in the filter's description", () => {
    const properties = emitted.properties as Record<string, { description?: string }>;
    expect(properties.filter?.description).toContain(
      "Fields and operators:\nname: any, equals (string)",
    );
    expect(properties.filter?.description).toContain(
      "v2030-01-15/reference/api-overview#filtering",
    );
  });

  it("defaults a compact page size and the resource's top-level fields", () => {
    expect(emitted.compact).toEqual({ page_size: 20, fields_thing: ["name"] });
  });

  it("refuses an operationId that is no valid tool name", () => {
    const bad = model({ id: "Get-Things", name: "getThings" });
    const doc = {
      ...document,
      paths: { "/api/things": { get: { operationId: "Get-Things", responses: {} } } },
    };
    expect(() => emitTools(doc, [bad], "2030-01-15", "")).toThrow(/not a valid tool name/);
  });
});

describe("argumentName", () => {
  it.each([
    ["fields[profile]", "fields_profile"],
    ["additional-fields[campaign-message]", "additional_fields_campaign_message"],
    ["page[cursor]", "page_cursor"],
    ["id", "id"],
  ])("%s -> %s", (parameter, name) => {
    expect(argumentName(parameter)).toBe(name);
  });
});
