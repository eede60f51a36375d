import { describe, expect, it } from "vitest";
import type { OpenApiDocument } from "@klaviyo-ts/spec-model";
import { normalise } from "../../src/normalise/normalise.js";
import { dropCompanyId } from "../../src/normalise/quirks/drop-company-id.js";
import { dropRevisionHeader } from "../../src/normalise/quirks/drop-revision-header.js";
import { jsonApiMediaType } from "../../src/normalise/quirks/json-api-media-type.js";
import { responseResourceIds } from "../../src/normalise/quirks/response-resource-ids.js";
import { document, operation } from "../model/document.js";

const revisionHeader = {
  name: "revision",
  in: "header" as const,
  required: true,
  schema: { type: "string" },
};
const companyId = {
  name: "company_id",
  in: "query" as const,
  required: true,
  schema: { type: "string" },
};
const idPath = { name: "id", in: "path" as const, required: true, schema: { type: "string" } };
const json = { schema: { type: "object" } };

/**
 * A response resource (id nullable and optional, a relationship whose linkage id is nullable) and
 * one a request body shares: `fixed` says whether the response-only schemas are the fixed ones.
 */
function resourceDocument(fixed: boolean): OpenApiDocument {
  const id = { type: "string", description: "Primary key", ...(fixed ? {} : { nullable: true }) };
  const required = fixed ? ["type", "id"] : ["type"];
  const shared = {
    type: "object",
    properties: { type: { type: "string" }, id: { type: "string", nullable: true } },
  };
  return document(
    {
      "/api/a": {
        get: operation({
          operationId: "get_a",
          responses: {
            "200": {
              description: "",
              content: {
                "application/vnd.api+json": {
                  schema: {
                    properties: {
                      data: { type: "array", items: { $ref: "#/components/schemas/Resource" } },
                      included: {
                        type: "array",
                        items: { oneOf: [{ $ref: "#/components/schemas/Included" }] },
                      },
                    },
                  },
                },
              },
            },
            "400": {
              description: "",
              content: {
                "application/vnd.api+json": {
                  schema: { properties: { data: { $ref: "#/components/schemas/ErrorResource" } } },
                },
              },
            },
          },
        }),
      },
      "/api/b": {
        post: operation({
          operationId: "create_b",
          requestBody: {
            content: {
              "application/vnd.api+json": {
                schema: { properties: { data: { $ref: "#/components/schemas/Shared" } } },
              },
            },
          },
          responses: {
            "201": {
              description: "",
              content: {
                "application/vnd.api+json": {
                  schema: { properties: { data: { $ref: "#/components/schemas/Shared" } } },
                },
              },
            },
          },
        }),
      },
    },
    {
      schemas: {
        Resource: {
          type: "object",
          required,
          properties: {
            type: { type: "string" },
            id,
            attributes: { type: "object" },
            relationships: {
              type: "object",
              properties: {
                lists: {
                  type: "object",
                  properties: {
                    data: {
                      type: "array",
                      items: {
                        type: "object",
                        required,
                        properties: { type: { type: "string" }, id },
                      },
                    },
                  },
                },
              },
            },
          },
        },
        Included: {
          allOf: [
            { properties: { attributes: { type: "object" } } },
            { type: "object", required, properties: { type: { type: "string" }, id } },
          ],
        },
        ErrorResource: {
          type: "object",
          properties: { type: { type: "string" }, id: { type: "string", nullable: true } },
        },
        Shared: shared,
      },
    },
  );
}

describe.each([
  { quirk: responseResourceIds, given: resourceDocument(false), want: resourceDocument(true) },
  {
    quirk: dropRevisionHeader,
    given: document({
      "/api/a/{id}": { get: operation({ operationId: "a", parameters: [idPath, revisionHeader] }) },
    }),
    want: document({
      "/api/a/{id}": { get: operation({ operationId: "a", parameters: [idPath] }) },
    }),
  },
  {
    quirk: dropCompanyId,
    given: document({
      "/client/a": { post: operation({ operationId: "a", parameters: [companyId] }) },
      "/api/b": { get: operation({ operationId: "b", parameters: [companyId] }) },
    }),
    want: document({
      "/client/a": { post: operation({ operationId: "a", parameters: [] }) },
      "/api/b": { get: operation({ operationId: "b", parameters: [companyId] }) },
    }),
  },
  {
    quirk: jsonApiMediaType,
    given: document({
      "/api/a": {
        post: operation({
          operationId: "a",
          requestBody: { content: { "application/json": json } },
          responses: { "201": { description: "", content: { "application/json": json } } },
        }),
      },
    }),
    want: document({
      "/api/a": {
        post: operation({
          operationId: "a",
          requestBody: { content: { "application/vnd.api+json": json } },
          responses: { "201": { description: "", content: { "application/vnd.api+json": json } } },
        }),
      },
    }),
  },
])("$quirk.name", ({ quirk, given, want }) => {
  it("fixes the quirk", () => {
    quirk(given);
    expect(given).toEqual(want);
  });

  it("leaves an already normal document alone", () => {
    const normal: OpenApiDocument = structuredClone(want);
    quirk(normal);
    expect(normal).toEqual(want);
  });
});

describe("normalise", () => {
  it("applies every quirk", () => {
    const doc = document({
      "/client/a": {
        post: operation({
          operationId: "a",
          parameters: [companyId, revisionHeader],
          requestBody: { content: { "application/json": json } },
        }),
      },
    });
    expect(normalise(doc).paths["/client/a"]?.post).toEqual(
      operation({
        operationId: "a",
        parameters: [],
        requestBody: { content: { "application/vnd.api+json": json } },
      }),
    );
  });
});
