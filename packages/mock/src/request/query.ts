import type { PreparedOperation } from "../spec/prepare.js";
import type { SpecParameter } from "../spec/operations.js";
import { deref, type RefResolver, type Schema } from "../schema/types.js";
import { validateSchema } from "../schema/validate.js";
import { invalid } from "../http/response.js";
import { checkFilter, FilterSyntaxError, parseFilter, type FilterNode } from "./filter.js";

/** A request's query string after validation against the operation's parameters. */
export interface ParsedQuery {
  /** fields[type] -> requested attribute names. */
  fields: Record<string, string[]>;
  include: string[];
  sort?: string;
  pageSize: number;
  cursor?: string;
  filter?: FilterNode;
  values: Record<string, unknown>;
}

/** Parses and validates the query; throws MockApiError naming the offending parameter. */
export function parseQuery(
  search: URLSearchParams,
  prepared: PreparedOperation,
  resolve: RefResolver,
): ParsedQuery {
  const parsed: ParsedQuery = {
    fields: {},
    include: [],
    pageSize: prepared.defaultPageSize,
    values: {},
  };
  for (const name of new Set(search.keys())) {
    const parameter = prepared.query.get(name);
    if (!parameter)
      throw invalid(`'${name}' is not a valid query parameter for this endpoint.`, {
        parameter: name,
      });
    const raw = search.get(name) ?? "";
    const value = coerce(parameter, raw, resolve);
    parsed.values[name] = value;
    const fieldsOf = /^fields\[(.+)\]$/.exec(name)?.[1];
    if (fieldsOf) parsed.fields[fieldsOf] = value as string[];
    else if (name === "include") parsed.include = value as string[];
    else if (name === "sort") parsed.sort = value as string;
    else if (name === "page[size]") parsed.pageSize = value as number;
    else if (name === "page[cursor]") parsed.cursor = value as string;
    else if (name === "filter") parsed.filter = filterOf(raw, prepared, resolve);
  }
  for (const field of prepared.requiredFilterFields) {
    if (!parsed.filter || !filterFields(parsed.filter).includes(field)) {
      // Klaviyo's own words for get_campaigns: "A channel filter is required to list campaigns."
      throw invalid(`A '${field}' filter is required for this endpoint.`, {
        parameter: "filter",
      });
    }
  }
  for (const parameter of prepared.query.values()) {
    if (parameter.required && !search.has(parameter.name)) {
      throw invalid(`'${parameter.name}' is a required query parameter.`, {
        parameter: parameter.name,
      });
    }
  }
  return parsed;
}

function filterFields(node: FilterNode): string[] {
  if (node.kind === "condition") return [node.field];
  if (node.kind === "not") return filterFields(node.child);
  return node.children.flatMap(filterFields);
}

function filterOf(raw: string, prepared: PreparedOperation, resolve: RefResolver): FilterNode {
  let node: FilterNode;
  try {
    node = parseFilter(raw);
  } catch (error) {
    if (error instanceof FilterSyntaxError) throw invalid(error.message, { parameter: "filter" });
    throw error;
  }
  const problem = checkFilter(node, prepared.filters, resolve);
  if (problem) throw invalid(problem, { parameter: "filter" });
  return node;
}

function coerce(parameter: SpecParameter, raw: string, resolve: RefResolver): unknown {
  const schema = deref(parameter.schema ?? {}, resolve);
  const name = parameter.name;
  if (schema.type === "array") {
    const items = raw === "" ? [] : raw.split(",");
    const itemSchema = schema.items ?? {};
    for (const item of items) {
      if (validateSchema(itemSchema, item, resolve))
        throw invalid(arrayItemDetail(name, item), { parameter: name });
    }
    return items;
  }
  const value = scalar(schema, raw);
  if (value === undefined)
    throw invalid(`'${raw}' is not a valid ${schema.type} for '${name}'.`, { parameter: name });
  const issue = validateSchema(schema, value, resolve);
  if (issue) throw invalid(scalarDetail(name, schema, raw, issue.detail), { parameter: name });
  return value;
}

function scalar(schema: Schema, raw: string): unknown {
  if (schema.type === "integer") return /^-?\d+$/.test(raw) ? Number(raw) : undefined;
  if (schema.type === "number")
    return raw !== "" && Number.isFinite(Number(raw)) ? Number(raw) : undefined;
  if (schema.type === "boolean") return raw === "true" ? true : raw === "false" ? false : undefined;
  return raw;
}

function arrayItemDetail(name: string, item: string): string {
  const resource = /^(?:additional-)?fields\[(.+)\]$/.exec(name)?.[1];
  if (resource) return `'${item}' is not a valid field for the resource '${resource}'.`;
  if (name === "include") return `'${item}' is not a valid relationship to include.`;
  return `'${item}' is not a valid value for '${name}'.`;
}

function scalarDetail(name: string, schema: Schema, raw: string, detail: string): string {
  if (schema.minimum !== undefined && schema.maximum !== undefined && schema.type === "integer") {
    return `'${name}' must be between ${schema.minimum} and ${schema.maximum}, got ${raw}.`;
  }
  if (name === "sort") return `'${raw}' is not a valid sort option for this endpoint.`;
  return `Invalid '${name}': ${detail}`;
}
