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

  constructor(document: object) {
    const { paths = {} } = document as { paths?: Record<string, Record<string, unknown>> };
    this.operations = readOperations(paths);
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
