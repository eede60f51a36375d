import type { CallOptions } from "../client/options.js";
import { runtimeOf, type OutgoingRequest, type Runtime } from "../client/runtime.js";
import { contextOf } from "../errors/request-error.js";
import {
  paginateItems,
  paginatePages,
  type ItemOptions,
  type PageOptions,
} from "../pagination/paginate.js";
import { documentOf } from "./document.js";
import type { OperationMeta } from "./meta.js";
import type { NarrowDocument, NarrowResource } from "./narrow.js";
import type {
  AdditionalFieldsNamed,
  Asked,
  FieldsetsNamed,
  IncludeValue,
  FactsOf,
  MissingParams,
  OperationFacts,
  OperationTypes,
  ArgsOf,
  OperationItem,
  OperationParams,
  OperationResponse,
  QueryParams,
} from "./params.js";
import { serialiseRequest } from "./serialise.js";
import { resolveFilterParam } from "./filter-param.js";

/** What operation functions need of a client; every `KlaviyoClient` is one. */
export interface KlaviyoClientBase {
  readonly revision: string;
}

/** The sparse fieldsets a call may ask for, and its additional fields: the facts' resource types. */
type Fieldsets<Op, Facts extends OperationFacts> = FieldsetsNamed<QueryParams<Op>, Facts["fields"]>;
type AdditionalFieldsets<Op, Facts extends OperationFacts> = AdditionalFieldsNamed<
  QueryParams<Op>,
  Facts["additionalFields"]
>;

/**
 * An operation function. Op is openapi-typescript's operation type, G its filter grammar. The
 * result type follows the call's `fields`, `include` and `additionalFields`.
 */
export interface OperationFunction<
  Op,
  G = never,
  Facts extends OperationFacts = FactsOf<Op, G>,
> extends OperationTypes<Op, G, Facts> {
  <
    F extends Fieldsets<Op, Facts> = {},
    I extends IncludeValue<Op> = never,
    A extends AdditionalFieldsets<Op, Facts> = {},
  >(
    client: KlaviyoClientBase,
    ...args: ArgsOf<Facts["params"], CallOptions, Asked<F, I, A>, Facts["required"]>
  ): Promise<NarrowDocument<OperationResponse<Op>, F, I, A>>;
  readonly meta: OperationMeta;
}

export interface PaginatedOperation<Op, G = never, Facts extends OperationFacts = FactsOf<Op, G>> {
  /** Every item of every page, following `links.next`. */
  all<F extends Fieldsets<Op, Facts> = {}, A extends AdditionalFieldsets<Op, Facts> = {}>(
    client: KlaviyoClientBase,
    ...args: ArgsOf<Facts["params"], ItemOptions, Asked<F, never, A>, Facts["required"]>
  ): AsyncIterable<NarrowResource<OperationItem<Op>, F, A>>;
  /** Every page (JSON:API document), following `links.next`. */
  pages<
    F extends Fieldsets<Op, Facts> = {},
    I extends IncludeValue<Op> = never,
    A extends AdditionalFieldsets<Op, Facts> = {},
  >(
    client: KlaviyoClientBase,
    ...args: ArgsOf<Facts["params"], PageOptions, Asked<F, I, A>, Facts["required"]>
  ): AsyncIterable<NarrowDocument<OperationResponse<Op>, F, I, A>>;
}

/**
 * An operation function; paginated operations also have `.all()` and `.pages()`. Facts default
 * to what TypeScript reads from Op; generated operations state them (see OperationFacts).
 */
export type Operation<Op, G = never, Facts extends OperationFacts = FactsOf<Op, G>> = ParamsHint<
  Facts["required"],
  G
> &
  OperationFunction<Op, G, Facts> &
  (Facts["paginated"] extends true ? PaginatedOperation<Op, G, Facts> : {});

/**
 * For an operation with required params, an overload that only a call without them matches (by
 * its arity) and that no client fits, so TypeScript's error names what is missing. It comes first
 * so that `Parameters<typeof op>` still reads the real signature, the last one.
 */
type ParamsHint<Required extends string, G> = [Required] extends [never]
  ? {}
  : (client: MissingParams<Required, G>) => never;

type AnyParams = Readonly<Record<string, unknown>>;

/**
 * Builds an operation function from its generated metadata. `serialiseBody` turns the body into
 * what is sent: JSON:API by default; operations whose body is a form (`meta.form`) are generated
 * with core's `formBody`.
 */
export function defineOperation<Op, G = never, Facts extends OperationFacts = FactsOf<Op, G>>(
  meta: OperationMeta,
  serialiseBody?: (body: unknown) => string | FormData,
): Operation<Op, G, Facts> {
  /** The client's runtime and the request as it is sent; pages are requested the same way. */
  const prepare = (
    client: KlaviyoClientBase,
    params: AnyParams | undefined,
    options?: CallOptions,
  ): [Runtime, OutgoingRequest] => {
    const runtime = runtimeOf(client);
    const request = serialiseRequest(
      contextOf(meta),
      runtime.baseUrl,
      resolveFilterParam(params, meta),
      serialiseBody,
    );
    // Only the call options the runtime documents are read: an untyped caller's extra keys never
    // reach the request (`unparsed`, or whatever OutgoingRequest holds next).
    return [
      runtime,
      {
        endpoint: meta,
        ...request,
        signal: options?.signal,
        timeoutMs: options?.timeoutMs,
        idempotent: options?.idempotent,
      },
    ];
  };

  const call = async (
    client: KlaviyoClientBase,
    params?: OperationParams<Op, never>,
    options?: CallOptions,
  ) => {
    const [runtime, request] = prepare(client, params as AnyParams | undefined, options);
    return documentOf(await runtime.send(request), meta, runtime.notFoundHint);
  };

  const pages = (client: KlaviyoClientBase, params?: AnyParams, options?: PageOptions) =>
    paginatePages(...prepare(client, params, options));

  const operation = Object.assign(
    call,
    { meta },
    meta.paginated && {
      pages,
      all: (client: KlaviyoClientBase, params?: AnyParams, options: ItemOptions = {}) =>
        paginateItems(pages(client, params, options), options.maxItems),
    },
  );
  return operation as unknown as Operation<Op, G, Facts>;
}
