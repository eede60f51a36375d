import { UserError } from "../errors.js";
import { camelCase } from "./names.js";
import { eachOperation, type OpenApiDocument } from "./openapi.js";
import { pathModule } from "./path-module.js";
import { parseRateLimit, type RateLimit } from "./rate-limit.js";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Everything the emitters need to know about one operation. */
export interface OperationModel {
  id: string;
  name: string;
  method: HttpMethod;
  path: string;
  module: string;
  summary: string;
  auth: "private" | "public";
  rateLimit: RateLimit;
  scopes: string[];
  paginated: boolean;
  beta: boolean;
  /** the request body is multipart/form-data (image upload) rather than JSON:API */
  form: boolean;
  filters?: Record<string, unknown>;
  aliases: string[];
}

/** The operations of a normalised document, sorted by operationId so output never depends on spec order. */
export function readOperations(document: OpenApiDocument): OperationModel[] {
  const operations: OperationModel[] = [];
  for (const { path, method, operation } of eachOperation(document)) {
    const id = operation.operationId;
    if (!id) throw new UserError(`${method.toUpperCase()} ${path} has no operationId`);
    const filters = operation["x-klaviyo-filters"];
    const preRelease = operation["x-klaviyo-pre-release"];
    operations.push({
      id,
      name: camelCase(id),
      method: method.toUpperCase() as HttpMethod,
      path,
      module: pathModule(document.paths[path] ?? {}),
      summary: (operation.summary ?? id).trim(),
      auth: path.startsWith("/client/") ? "public" : "private",
      rateLimit: parseRateLimit(id, operation["x-klaviyo-ratelimit"]),
      scopes: [...(operation["x-klaviyo-scopes"] ?? [])],
      paginated: (operation.parameters ?? []).some(
        (p) => p.in === "query" && p.name === "page[cursor]",
      ),
      beta: preRelease !== undefined && preRelease !== "None",
      form: operation.requestBody?.content?.["multipart/form-data"] !== undefined,
      ...(filters ? { filters } : {}),
      aliases: [...(operation["x-klaviyo-operation-aliases"] ?? [])].sort(),
    });
  }
  operations.sort((a, b) => compare(a.id, b.id));
  assertUniqueNames(operations);
  return operations;
}

function assertUniqueNames(operations: OperationModel[]): void {
  const seen = new Map<string, string>();
  for (const op of operations) {
    for (const name of [op.name, ...op.aliases.map(camelCase)]) {
      const other = seen.get(name);
      if (other) throw new UserError(`export name ${name} is used by both ${other} and ${op.id}`);
      seen.set(name, op.id);
    }
  }
}

/** Code-unit order: stable across locales and Node versions. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
