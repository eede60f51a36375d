import type { OpenApiDocument } from "@klaviyo-ts/spec-model";
import { createRefResolver, type RefResolver } from "../schema/types.js";
import { readOperations, type Operation } from "./operations.js";
import { prepareOperation, type PreparedOperation } from "./prepare.js";
import { Router } from "./router.js";

/** A revision's operations, indexed by method and path at load; per-operation work happens lazily. */
export class Catalog {
  readonly operations: readonly Operation[];
  readonly router: Router;
  readonly resolve: RefResolver;
  readonly #prepared = new Map<string, PreparedOperation>();

  /** `document` is a parsed stable.json, from a file or the caller: the spec model checks what it reads of it. */
  constructor(document: object) {
    this.operations = readOperations(document as OpenApiDocument);
    this.router = new Router(this.operations);
    this.resolve = createRefResolver(document);
  }

  prepared(operation: Operation): PreparedOperation {
    let prepared = this.#prepared.get(operation.id);
    if (!prepared) {
      prepared = prepareOperation(operation, this.resolve);
      this.#prepared.set(operation.id, prepared);
    }
    return prepared;
  }
}
