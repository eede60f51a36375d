import type { ParameterObject } from "@klaviyo-ts/spec-model";
import { describe, expect, it } from "vitest";
import { operationFacts, paramsShape, requiredParams } from "../../src/model/operation-facts.js";
import { document, operation } from "./document.js";

const param = (
  location: ParameterObject["in"],
  name: string,
  required = true,
): ParameterObject => ({
  name,
  in: location,
  required,
});

describe("requiredParams", () => {
  it.each<[string, ParameterObject[], boolean | undefined, string[]]>([
    ["nothing required", [param("query", "sort", false), param("path", "id", false)], false, []],
    ["a path parameter by its name", [param("path", "id")], undefined, ["id"]],
    ["a query parameter by its name", [param("query", "timeframe")], undefined, ["timeframe"]],
    ["a required filter", [param("query", "filter")], undefined, ["filter"]],
    [
      "page[...] under page, once",
      [param("query", "page[size]"), param("query", "page[cursor]")],
      undefined,
      ["page"],
    ],
    [
      "never the sparse fieldsets or company_id",
      [
        param("query", "fields[profile]"),
        param("query", "additional-fields[profile]"),
        param("query", "company_id"),
      ],
      undefined,
      [],
    ],
    [
      "headers for a header besides revision",
      [param("header", "revision"), param("header", "X-Custom")],
      undefined,
      ["headers"],
    ],
    ["not the revision header alone", [param("header", "Revision")], undefined, []],
    ["a required body", [], true, ["body"]],
    [
      "sorted",
      [param("query", "timeframe"), param("path", "id")],
      true,
      ["body", "id", "timeframe"],
    ],
  ])("%s", (_, parameters, bodyRequired, expected) => {
    const op = operation({
      operationId: "op",
      parameters,
      ...(bodyRequired !== undefined && { requestBody: { required: bodyRequired, content: {} } }),
    });
    expect(requiredParams(paramsShape(document({}), op))).toEqual(expected);
  });

  it("follows a parameter $ref", () => {
    const doc = document({}, { parameters: { Id: param("path", "id") } });
    const op = operation({
      operationId: "op",
      parameters: [{ $ref: "#/components/parameters/Id" } as ParameterObject],
    });
    expect(requiredParams(paramsShape(doc, op))).toEqual(["id"]);
  });
});

describe("operationFacts", () => {
  it("names the resource types of the sparse fieldsets and additional fields, sorted", () => {
    const op = operation({
      operationId: "op",
      parameters: [
        param("query", "fields[profile]", false),
        param("query", "additional-fields[profile]", false),
        param("query", "fields[push-token]", false),
        param("query", "page[size]", false),
        param("path", "fields[tag]"),
      ],
    });
    expect(operationFacts(document({}), op)).toMatchObject({
      requiredParams: ["fields[tag]"],
      fieldsets: ["profile", "push-token"],
      additionalFieldsets: ["profile"],
    });
  });
});

describe("paramsShape", () => {
  it("groups the params as a call passes them, beside the sparse fieldsets", () => {
    const doc = document({}, { parameters: { Id: param("path", "id") } });
    const op = operation({
      operationId: "op",
      parameters: [
        { $ref: "#/components/parameters/Id" } as ParameterObject,
        param("query", "fields[profile]", false),
        param("query", "additional-fields[profile]", false),
        param("query", "company_id"),
        param("query", "filter"),
        param("query", "sort", false),
        param("query", "page[cursor]", false),
        param("query", "page[size]"),
        param("header", "revision"),
        param("header", "X-Custom", false),
      ],
      requestBody: { required: true, content: { "application/vnd.api+json": {} } },
    });
    expect(paramsShape(doc, op)).toEqual({
      top: [
        { key: "id", name: "id", in: "path", required: true },
        { key: "filter", name: "filter", in: "query", required: true },
        { key: "sort", name: "sort", in: "query", required: false },
      ],
      page: [
        { key: "cursor", name: "page[cursor]", in: "query", required: false },
        { key: "size", name: "page[size]", in: "query", required: true },
      ],
      headers: [{ key: "X-Custom", name: "X-Custom", in: "header", required: false }],
      body: { contentTypes: ["application/vnd.api+json"], required: true },
    });
  });

  it("has no body where the operation takes none, and an optional one where it may", () => {
    expect(paramsShape(document({}), operation({ operationId: "op" }))).toEqual({
      top: [],
      page: [],
      headers: [],
    });
    const optional = operation({
      operationId: "op",
      requestBody: { content: { "multipart/form-data": {} } },
    });
    expect(paramsShape(document({}), optional).body).toEqual({
      contentTypes: ["multipart/form-data"],
      required: false,
    });
  });
});
