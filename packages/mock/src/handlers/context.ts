import type { MockResponse } from "../http/response.js";
import type { ParsedQuery } from "../request/query.js";
import type { RefResolver, Schema } from "../schema/types.js";
import type { Catalog } from "../spec/catalog.js";
import type { Operation } from "../spec/operations.js";
import type { PreparedOperation } from "../spec/prepare.js";
import type { Store } from "../state/store.js";

export interface StateOptions {
  /** Size of the seeded profile collection behind get_profiles (default 250); never materialised. */
  profiles?: number;
  /** Size of every other generated collection (default 25). */
  collectionSize?: number;
  /** Polls a bulk job takes to complete (default 2: queued -> processing -> complete). */
  jobPolls?: number;
}

export interface HandlerContext {
  readonly operation: Operation;
  readonly prepared: PreparedOperation;
  readonly pathParams: Readonly<Record<string, string>>;
  readonly query: ParsedQuery;
  /** The validated JSON body (any: its shape was checked against the spec). */
  readonly body: any;
  readonly store: Store;
  readonly state: Required<StateOptions>;
  readonly seed: number;
  readonly resolve: RefResolver;
  /** Every operation of the revision, for answers shaped by another operation's schema. */
  readonly catalog: Catalog;
  /** The request URL as the client addressed it, used for links. */
  readonly url: URL;
  /** A value for `schema`, deterministic for the mock's seed and `key`. */
  generate(schema: Schema, ...key: readonly (string | number)[]): unknown;
}

/** Answers one operation; returning undefined defers to the generic, schema-driven answer. */
export type Handler = (ctx: HandlerContext) => MockResponse | undefined;
