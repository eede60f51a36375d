import {
  readOperations as readSpecOperations,
  type OpenApiDocument,
  type SpecOperation,
} from "@klaviyo-ts/spec-model";
import { UserError } from "../errors.js";
import { camelCase } from "./names.js";
import { pathModule } from "./path-module.js";
import { operationFacts, type OperationFacts } from "./operation-facts.js";

/**
 * Everything the emitters need to know about one operation: the spec model's reading of it
 * (extensions and their quirks), plus the names and grouping only generated code has.
 */
export interface OperationModel extends Omit<SpecOperation, "operation">, OperationFacts {
  /** camelCase export name, e.g. "getProfiles" */
  name: string;
  module: string;
  summary: string;
  /** the request body is multipart/form-data (image upload) rather than JSON:API */
  form: boolean;
}

/** The operations of a normalised document, sorted by operationId so output never depends on spec order. */
export function readOperations(document: OpenApiDocument): OperationModel[] {
  const operations = readSpecOperations(document).map(({ operation, ...spec }): OperationModel => ({
    ...spec,
    name: camelCase(spec.id),
    module: pathModule(document.paths[spec.path] ?? {}),
    summary: (operation.summary ?? spec.id).trim(),
    form: operation.requestBody?.content?.["multipart/form-data"] !== undefined,
    ...operationFacts(document, operation),
  }));
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
