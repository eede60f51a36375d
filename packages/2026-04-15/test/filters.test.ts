import {
  filterGrammarOf,
  KlaviyoApiError,
  type FilterFieldSpec,
  type OperationMeta,
} from "@klaviyo-ts/core";
import { startMock, type MockServer } from "@klaviyo-ts/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as api from "../src/index.js";

// Issue 6: every filter the builder can produce for an operation is one the mock, which checks
// filters against the same x-klaviyo-filters grammar as Klaviyo, accepts.
let mock: MockServer;
beforeAll(async () => {
  mock = await startMock({ revision: "2026-04-15", seed: 6, rateLimits: false });
});
afterAll(() => mock.close());

type AnyOperation = ((client: unknown, params?: object) => Promise<unknown>) & {
  meta: OperationMeta;
};
/** The builder as a plain JavaScript caller sees it: one object, methods named after the operators. */
type Condition = (field: string, value?: unknown) => object;
const untyped = api.filter.getProfiles as unknown as Record<string, Condition> & {
  equals: Condition;
  and: (...filters: object[]) => object;
};
const METHODS: Record<string, string> = {
  equals: "equals",
  any: "any",
  contains: "contains",
  "contains-any": "containsAny",
  "contains-all": "containsAll",
  "starts-with": "startsWith",
  "ends-with": "endsWith",
  "greater-than": "greaterThan",
  "greater-or-equal": "greaterOrEqual",
  "less-than": "lessThan",
  "less-or-equal": "lessOrEqual",
  has: "has",
};

function sample(spec: FilterFieldSpec): unknown {
  if (spec.value?.enum?.length) return spec.value.enum[0];
  if (spec.value?.format === "date-time") return new Date(Date.UTC(2026, 0, 1));
  if (spec.value?.type === "boolean") return true;
  if (spec.value?.type === "number" || spec.value?.type === "integer") return 1;
  return 'with "quotes", a \\ and, commas';
}

/** One condition per field and operator the grammar allows, each with a value of its type. */
function conditions(grammar: Readonly<Record<string, FilterFieldSpec>>): object[] {
  return Object.entries(grammar).flatMap(([field, spec]) => [
    ...(spec.operators.single ?? []).map((op) => untyped[METHODS[op]!]!(field, sample(spec))),
    ...(spec.operators.list ?? []).map((op) => untyped[METHODS[op]!]!(field, [sample(spec)])),
    ...(spec.operators.none ?? []).map((op) => untyped[METHODS[op]!]!(field)),
  ]);
}

/** Each GET operation with a filter grammar and no path parameter, once (aliases left out). */
const filtered = Object.entries(api as Record<string, unknown>).filter(
  (entry): entry is [string, AnyOperation] =>
    typeof entry[1] === "function" &&
    "meta" in entry[1] &&
    isFilteredGet((entry[1] as AnyOperation).meta, entry[0]),
);

function isFilteredGet(meta: OperationMeta, exportName: string): boolean {
  return (
    meta.method === "GET" &&
    meta.filters !== undefined &&
    !meta.path.includes("{") &&
    camel(meta.id) === exportName
  );
}

function camel(id: string): string {
  return id.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

describe("every built filter is accepted by the mock", () => {
  it("covers the operation families of the issue", () => {
    const names = filtered.map(([name]) => name);
    expect(names).toEqual(
      expect.arrayContaining(["getProfiles", "getEvents", "getCampaigns", "getCatalogItems"]),
    );
  });

  it.each(filtered.map(([name, op]) => ({ name, op })))("$name", async ({ op }) => {
    const credentials = op.meta.auth ? { publicKey: "AbC123" } : { apiKey: "pk_filters" };
    const klaviyo = api.createKlaviyo({ ...credentials, baseUrl: mock.url, rateLimit: false });
    const grammar = filterGrammarOf(op.meta)!;
    const required = Object.keys(grammar).filter((field) => grammar[field]!.required);
    const rejected: string[] = [];
    for (const condition of conditions(grammar)) {
      const withRequired = required.length
        ? untyped.and(
            condition,
            ...required.map((field) => untyped.equals(field, sample(grammar[field]!))),
          )
        : condition;
      await op(klaviyo, { filter: withRequired }).catch((error: unknown) => {
        const aboutFilter =
          error instanceof KlaviyoApiError &&
          error.errors.some((e) => e.source?.parameter === "filter");
        if (aboutFilter) rejected.push(`${String(withRequired)}: ${error.message}`);
        else if (!(error instanceof KlaviyoApiError)) throw error;
      });
    }
    expect(rejected).toEqual([]);
  });
});
