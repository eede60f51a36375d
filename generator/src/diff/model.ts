/**
 * The facts an API diff is made of. Diffing records what changed; how much each change matters
 * to a consumer (patch / minor / major) is decided separately in classify.ts.
 */

/** Data flowing to Klaviyo (parameters, request bodies) or back (responses): it decides breaking-ness. */
export type Direction = "request" | "response";

export interface RateLimitSpec {
  burst?: string;
  steady?: string;
  daily?: string;
}

/** Where in an operation a schema lives, e.g. { direction: "request", label: "query fields[profile]" }. */
export interface SchemaSite {
  direction: Direction;
  label: string;
}

interface OperationChange {
  operationId: string;
  /** Upper-case HTTP method, as users write it in `klaviyo.GET(...)`. */
  method: string;
  path: string;
}

interface SchemaChange extends OperationChange {
  site: SchemaSite;
  /**
   * Dotted path inside the schema, e.g. "data.attributes.email"; "" is the schema itself. A change
   * inside a shared component is reported once per site, at the first path that reaches it.
   */
  pointer: string;
  /** The named component (in the newer spec) the change sits in, when there is one. */
  schema?: string;
}

export type Change =
  | (OperationChange & { kind: "operation-added" | "operation-removed" })
  | (OperationChange & { kind: "operation-renamed"; from: string })
  | (OperationChange & { kind: "operation-moved"; before: { method: string; path: string } })
  | (OperationChange & { kind: "alias-added" | "alias-removed"; alias: string })
  | (OperationChange & { kind: "beta-changed"; beta: boolean })
  | (OperationChange & { kind: "scopes-changed"; added: string[]; removed: string[] })
  | (OperationChange & { kind: "rate-limit-changed"; before: RateLimitSpec; after: RateLimitSpec })
  /** x-klaviyo-filters, the grammar behind the typed filter builder: fields and their operators. */
  | (OperationChange & { kind: "filter-fields-added" | "filter-fields-removed"; fields: string[] })
  | (OperationChange & {
      kind: "filter-operators-added" | "filter-operators-removed";
      field: string;
      /** "single", "list" or "none": how many values the operator takes. */
      arity: string;
      operators: string[];
    })
  | (OperationChange & { kind: "parameter-added"; in: string; name: string; required: boolean })
  | (OperationChange & { kind: "parameter-removed"; in: string; name: string })
  | (OperationChange & {
      kind: "parameter-became-required" | "parameter-became-optional";
      in: string;
      name: string;
    })
  | (OperationChange & { kind: "request-body-added"; required: boolean })
  | (OperationChange & {
      kind:
        "request-body-removed" | "request-body-became-required" | "request-body-became-optional";
    })
  | (OperationChange & { kind: "response-added" | "response-removed"; status: string })
  | (SchemaChange & { kind: "property-added"; required: boolean })
  | (SchemaChange & { kind: "property-removed" | "required-added" | "required-removed" })
  | (SchemaChange & { kind: "type-changed"; before: string; after: string })
  | (SchemaChange & { kind: "format-changed"; before?: string; after?: string })
  | (SchemaChange & { kind: "nullable-added" | "nullable-removed" })
  | (SchemaChange & { kind: "enum-values-added" | "enum-values-removed"; values: unknown[] })
  /** An enum appeared on a schema that had none (the accepted values narrowed), or the reverse. */
  | (SchemaChange & { kind: "enum-introduced" | "enum-dropped"; values: unknown[] })
  | (SchemaChange & { kind: "variant-added" | "variant-removed"; variant: string })
  /** Text only: summaries and descriptions, after revision-stamped URLs are normalised away. */
  | (OperationChange & { kind: "documentation"; where: string });

export type ChangeKind = Change["kind"];

export interface ApiDiff {
  from: string;
  to: string;
  /** Sorted by operationId, then kind, then where the change sits, so output is deterministic. */
  changes: Change[];
}
