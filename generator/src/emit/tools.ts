import { UserError } from "../errors.js";
import {
  describeRateLimit,
  type FilterGrammar,
  type OpenApiDocument,
} from "@klaviyo-ts/spec-model";
import type { OperationModel } from "../model/operations.js";
import { readToolInput, type ToolInput, type ToolParameter } from "../model/tool-input.js";
import { referencedComponents, toJsonSchema } from "./json-schema.js";
import type { WriterFunction } from "ts-morph";
import { buildSourceFile, constStatement } from "./source-file.js";

type Schema = Record<string, unknown>;

/** What tool names may be: the common limit of MCP clients and LLM APIs (OpenAI's and Anthropic's). */
const TOOL_NAME = /^[a-z0-9_]{1,64}$/;
/** Descriptions are cut at a paragraph boundary past this many characters: they share a context window. */
const DESCRIPTION_BUDGET = 1200;
/** The page size a compact call asks for: enough to act on, small enough to read. */
const COMPACT_PAGE_SIZE = 20;

/**
 * tools.ts: every operation as a JSON-Schema tool, as data for core's defineTools. Component schemas
 * are emitted once and shared; each row names the definitions its input schema needs.
 */
export function emitTools(
  document: OpenApiDocument,
  operations: readonly OperationModel[],
  revision: string,
  header: string,
): string {
  const components = (document.components?.schemas ?? {}) as Record<string, unknown>;
  // The guide pages live under the revision's date; beta operations share them.
  const docsRevision = revision.replace(/\.pre$/, "");
  const rows = operations.map((op) =>
    toolRow(op, readToolInput(document, op), components, docsRevision),
  );
  const defNames = [...new Set(rows.flatMap((row) => row.defs))].sort();
  const defs = defNames.map((name) => {
    const schema = components[name];
    if (typeof schema !== "object" || schema === null) {
      throw new UserError(`#/components/schemas/${name} is referenced but not defined`);
    }
    return `${JSON.stringify(name)}: ${JSON.stringify(toJsonSchema(schema as Schema))},`;
  });
  const { shared, rowTexts } = shareRepeatedProperties(rows);
  const modules = [...new Set(operations.map((op) => op.module))].sort();
  return buildSourceFile(header, (file) => {
    file.addImportDeclaration({
      moduleSpecifier: "@klaviyo-ts/core",
      namedImports: [
        "defineTools",
        { name: "JsonSchema", isTypeOnly: true },
        { name: "KlaviyoTool", isTypeOnly: true },
      ],
    });
    for (const module of modules) {
      file.addImportDeclaration({
        moduleSpecifier: `./operations/${module}.js`,
        namedImports: operations.filter((op) => op.module === module).map((op) => op.name),
      });
    }
    file.addExportDeclaration({
      moduleSpecifier: "./index.js",
      namedExports: ["createKlaviyo", "revision"],
    });
    // Deliberately compact, one JSON line per definition and per tool: the catalogue is the largest
    // generated file, and a line per schema keeps it small and its diffs readable.
    file.addStatements([
      constStatement({
        name: "defs",
        type: "Record<string, JsonSchema>",
        initializer: lines(defs),
      }),
      (writer) =>
        writer.writeLine(
          "// Parameter schemas that recur across operations (a resource's sparse fieldset, a filter).",
        ),
      ...shared.map((json, position) =>
        constStatement({ name: `p${position}`, type: "JsonSchema", initializer: json }),
      ),
      constStatement({
        isExported: true,
        name: "tools",
        type: "readonly KlaviyoTool[]",
        docs:
          `Every operation of revision ${revision} as a JSON-Schema tool (name, description, inputSchema,\n` +
          "annotations) whose `call(client, args)` goes through the operation function: pacing, retries,\n" +
          "typed errors, redaction.",
        initializer: (writer) => {
          writer.write("/* @__PURE__ */ defineTools(defs, [");
          writer.indent(() => {
            rowTexts.forEach((row, index) =>
              writer.writeLine(`[${row}, ${operations[index]!.name}],`),
            );
          });
          writer.write("])");
        },
      }),
    ]);
  });
}

/** An object literal whose properties are given as lines of text. */
function lines(properties: readonly string[]): WriterFunction {
  return (writer) => {
    writer.write("{");
    writer.indent(() => properties.forEach((line) => writer.writeLine(line)));
    writer.write("}");
  };
}

/**
 * Each row as object-literal text in which a property schema seen in more than one row is
 * `p<i>`, a const of its own: the same fieldsets recur across a resource's operations,
 * and repeating them doubled the catalogue.
 */
function shareRepeatedProperties(rows: readonly ToolRow[]): {
  shared: string[];
  rowTexts: string[];
} {
  const counts = new Map<string, number>();
  for (const row of rows) {
    for (const schema of Object.values(row.properties)) {
      const json = JSON.stringify(schema);
      counts.set(json, (counts.get(json) ?? 0) + 1);
    }
  }
  const shared: string[] = [];
  const index = new Map<string, number>();
  const rowTexts = rows.map((row) => {
    const properties = Object.entries(row.properties).map(([name, schema]) => {
      const json = JSON.stringify(schema);
      if ((counts.get(json) ?? 0) < 2) return `${JSON.stringify(name)}:${json}`;
      let position = index.get(json);
      if (position === undefined) {
        position = shared.push(json) - 1;
        index.set(json, position);
      }
      return `${JSON.stringify(name)}:p${position}`;
    });
    const text = JSON.stringify({ ...row, properties: PROPERTIES_MARK });
    return text.replace(JSON.stringify(PROPERTIES_MARK), `{${properties.join(",")}}`);
  });
  return { shared, rowTexts };
}

const PROPERTIES_MARK = "@@properties@@";

interface ToolRow {
  name: string;
  title: string;
  description: string;
  tags: string[];
  params: Record<string, string>;
  properties: Record<string, Schema>;
  required: string[];
  defs: string[];
  compact?: Record<string, unknown>;
}

function toolRow(
  op: OperationModel,
  input: ToolInput,
  components: Readonly<Record<string, unknown>>,
  docsRevision: string,
): ToolRow {
  if (!TOOL_NAME.test(op.id)) {
    throw new UserError(`operationId ${op.id} is not a valid tool name (${TOOL_NAME.source})`);
  }
  const params: Record<string, string> = {};
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  for (const parameter of input.parameters) {
    const name = argumentName(parameter.name);
    if (params[name] !== undefined || name === "body") {
      throw new UserError(
        `${op.id}: parameters ${params[name]} and ${parameter.name} share ${name}`,
      );
    }
    params[name] = parameter.name;
    const description = parameterDescription(op, parameter, docsRevision);
    properties[name] = {
      ...toJsonSchema(parameter.schema),
      ...(description ? { description } : {}),
    };
    if (parameter.required) required.push(name);
  }
  if (input.body) {
    params.body = "body";
    properties.body = {
      ...toJsonSchema(input.body.schema),
      description: op.form
        ? "The multipart form fields of the request."
        : "The JSON:API request document.",
    };
    if (input.body.required) required.push("body");
  }
  const compact = compactArguments(op, input.parameters);
  return {
    name: op.id,
    title: op.summary,
    description: toolDescription(op, input.description),
    tags: input.tags,
    params,
    properties,
    required,
    defs: referencedComponents(
      input.parameters.map((p) => p.schema).concat(input.body ? [input.body.schema] : []),
      components,
    ),
    ...(Object.keys(compact).length > 0 ? { compact } : {}),
  };
}

/** `fields[campaign-message]` -> `fields_campaign_message`: LLM APIs take property names of [a-zA-Z0-9_.-]. */
export function argumentName(parameter: string): string {
  return parameter
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

function parameterDescription(
  op: OperationModel,
  parameter: ToolParameter,
  docsRevision: string,
): string {
  const fields = /^fields\[(.+)\]$/.exec(parameter.name);
  if (fields) return `Sparse fieldset: only these fields of each ${fields[1]} resource.`;
  const additional = /^additional-fields\[(.+)\]$/.exec(parameter.name);
  if (additional) return `Fields of each ${additional[1]} resource not returned by default.`;
  switch (parameter.name) {
    case "filter":
      return filterDescription(op.filters, docsRevision);
    case "include":
      return "Related resources to include in the response (JSON:API `included`).";
    case "sort":
      return "Sort order; a leading `-` sorts descending.";
    case "page[cursor]":
      return "Cursor of the page to fetch: the `page_cursor` a previous result states as next.";
  }
  return plainText(parameter.description);
}

/** The operation's filter grammar (x-klaviyo-filters), in the words of Klaviyo's filtering guide. */
function filterDescription(filters: FilterGrammar | undefined, docsRevision: string): string {
  const intro =
    `Klaviyo filter expression (https://developers.klaviyo.com/en/v${docsRevision}/reference/api-overview#filtering): ` +
    '`operator(field,value)`, e.g. `equals(email,"a@example.com")`, `any(id,["a","b"])`, ' +
    "`greater-than(created,2024-01-01T00:00:00Z)`; combine with `and(...)`.";
  if (!filters) return intro;
  const lines = Object.keys(filters)
    .sort()
    .map((field) => {
      const spec = filters[field]!;
      const operators = [
        ...new Set([
          ...(spec.operators?.single ?? []),
          ...(spec.operators?.list ?? []),
          ...(spec.operators?.none ?? []),
        ]),
      ].sort();
      const value = spec.value?.enum?.length
        ? spec.value.enum.map((v) => JSON.stringify(v)).join(" | ")
        : (spec.value?.format ?? spec.value?.type ?? "value");
      return `${field}: ${operators.join(", ")} (${value})${spec.required ? ", required" : ""}`;
    });
  return `${intro} Fields and operators:\n${lines.join("\n")}`;
}

/**
 * The summary and the spec's description, cut to a budget; the spec's own rate-limit, scope and
 * spec-link lines give way to one line built from the operation's metadata.
 */
function toolDescription(op: OperationModel, description: string): string {
  const paragraphs = plainText(description)
    .replace(/\*Rate limits\*:\n(?:[^\n]+\n?)*/g, "")
    .replace(/\*\*Scopes:\*\*\n(?:`[^\n]*\n?)*/g, "")
    .replace(/\[OpenAPI Spec\]\([^)]*\)/g, "")
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
  const kept: string[] = [];
  let length = 0;
  for (const paragraph of paragraphs) {
    if (kept.length > 0 && length + paragraph.length > DESCRIPTION_BUDGET) break;
    kept.push(paragraph);
    length += paragraph.length;
  }
  if (kept[0] !== op.summary) kept.unshift(op.summary);
  const scopes = op.scopes.length > 0 ? op.scopes.join(", ") : "none";
  kept.push(`Rate limits: ${describeRateLimit(op.rateLimit)}. Scopes: ${scopes}.`);
  if (op.beta) kept.push("Beta: a pre-release operation that may change without notice.");
  return kept.join("\n\n");
}

function plainText(text: string): string {
  return text
    .replace(/<br\s*\/?>/g, "\n")
    .replace(/\r\n/g, "\n")
    .trim();
}

/**
 * A page size, and for the resource the path names the top-level fields only (no sub-field and no
 * object that has sub-fields listed), so a listing fits a context window.
 */
function compactArguments(
  op: OperationModel,
  parameters: readonly ToolParameter[],
): Record<string, unknown> {
  const compact: Record<string, unknown> = {};
  if (op.method !== "GET") return compact;
  const size = parameters.find((p) => p.name === "page[size]");
  if (size) {
    const bounds = [COMPACT_PAGE_SIZE, size.schema.default, size.schema.maximum].filter(
      (n): n is number => typeof n === "number",
    );
    compact[argumentName(size.name)] = Math.min(...bounds);
  }
  const resource = primaryResource(op.path);
  const fields = parameters.find((p) => p.name === `fields[${resource}]`);
  const items = fields?.schema.items as Schema | undefined;
  if (fields && Array.isArray(items?.enum)) {
    const all = items.enum.filter((v): v is string => typeof v === "string");
    const topLevel = all.filter(
      (field) => !field.includes(".") && !all.some((other) => other.startsWith(`${field}.`)),
    );
    if (topLevel.length > 0 && topLevel.length < all.length) {
      compact[argumentName(fields.name)] = topLevel;
    }
  }
  return compact;
}

/** `/api/lists/{id}/profiles` -> `profile`, `/api/catalog-categories` -> `catalog-category`. */
function primaryResource(path: string): string {
  const segment =
    path
      .split("/")
      .filter((part) => part && !part.startsWith("{"))
      .at(-1) ?? "";
  if (segment.endsWith("ies")) return `${segment.slice(0, -3)}y`;
  return segment.endsWith("s") ? segment.slice(0, -1) : segment;
}
