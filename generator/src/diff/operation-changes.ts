import type { Change, SchemaSite } from "./model.js";
import type { Schema } from "@klaviyo-ts/spec-model";
import type { Resolver } from "./resolve.js";
import { withoutRevision } from "./revision-text.js";
import { type SchemaComparer, placeOf } from "./schema-diff.js";

export interface DiffContext {
  resolveBefore: Resolver;
  resolveAfter: Resolver;
  schemas: SchemaComparer;
}

type OperationFields = "operationId" | "method" | "path";
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type UnplacedChange = DistributiveOmit<Change, OperationFields>;

/** Collects one operation's changes, stamping each with the operation it belongs to. */
export class OperationChanges {
  readonly list: Change[] = [];

  constructor(
    private readonly operation: Pick<Change, OperationFields>,
    readonly context: DiffContext,
  ) {}

  add(change: UnplacedChange): void {
    this.list.push({ ...this.operation, ...change } as Change);
  }

  /** A documentation change at `where` when the texts differ other than by the revision. */
  text(where: string, before: string | undefined, after: string | undefined): void {
    if (withoutRevision(before) !== withoutRevision(after))
      this.add({ kind: "documentation", where });
  }

  schema(site: SchemaSite, before: Schema | undefined, after: Schema | undefined): void {
    for (const delta of this.context.schemas.compare(before, after)) {
      if (delta.kind === "documentation") {
        this.add({ kind: "documentation", where: placeOf(site.label, delta.pointer) });
      } else {
        this.add({ ...delta, site });
      }
    }
  }
}
