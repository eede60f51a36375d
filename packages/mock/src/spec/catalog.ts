import { readFileSync } from "node:fs";
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

  constructor(document: OpenApiDocument) {
    this.operations = readOperations(document);
    this.router = new Router(this.operations);
    this.resolve = createRefResolver(document);
  }

  static fromFile(file: string): Catalog {
    return new Catalog(JSON.parse(readFileSync(file, "utf8")));
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
