import { describe, expect, it } from "vitest";
import type { OpenApiDocument } from "@klaviyo-ts/spec-model";
import { normalise } from "../../src/normalise/normalise.js";
import { dropCompanyId } from "../../src/normalise/quirks/drop-company-id.js";
import { dropRevisionHeader } from "../../src/normalise/quirks/drop-revision-header.js";
import { jsonApiMediaType } from "../../src/normalise/quirks/json-api-media-type.js";
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

describe.each([
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
