import type { CallOptions } from "../client/options.js";
import { runtimeOf } from "../client/runtime.js";
import {
  paginateItems,
  paginatePages,
  type ItemOptions,
  type PageOptions,
} from "../pagination/paginate.js";
import { documentOf } from "./document.js";
import type { OperationMeta } from "./meta.js";
import type {
  IsPaginated,
  OperationArgs,
  OperationItem,
  OperationParams,
  OperationResponse,
} from "./params.js";
import { serialiseRequest } from "./serialise.js";

/** What operation functions need of a client; every `KlaviyoClient` is one. */
export interface KlaviyoClientBase {
  readonly revision: string;
}

export interface OperationFunction<Op> {
  (client: KlaviyoClientBase, ...args: OperationArgs<Op>): Promise<OperationResponse<Op>>;
  readonly meta: OperationMeta;
}

export interface PaginatedOperation<Op> {
  /** Every item of every page, following `links.next`. */
  all(
    client: KlaviyoClientBase,
    ...args: OperationArgs<Op, ItemOptions>
  ): AsyncIterable<OperationItem<Op>>;
  /** Every page (JSON:API document), following `links.next`. */
  pages(
    client: KlaviyoClientBase,
    ...args: OperationArgs<Op, PageOptions>
  ): AsyncIterable<OperationResponse<Op>>;
}

/** An operation function; paginated operations also have `.all()` and `.pages()`. */
export type Operation<Op> = OperationFunction<Op> &
  (IsPaginated<Op> extends true ? PaginatedOperation<Op> : {});

type AnyParams = Readonly<Record<string, unknown>>;

/** Builds an operation function from its generated metadata. */
export function defineOperation<Op>(meta: OperationMeta): Operation<Op> {
  const prepare = (client: KlaviyoClientBase, params: AnyParams | undefined) => {
    const runtime = runtimeOf(client);
    const request = serialiseRequest(meta.path, params);
    return { runtime, request, url: runtime.baseUrl + request.pathAndQuery };
  };

  const call = async (
    client: KlaviyoClientBase,
    params?: OperationParams<Op>,
    options: CallOptions = {},
  ) => {
    const { runtime, request, url } = prepare(client, params as AnyParams | undefined);
    const received = await runtime.send({
      endpoint: meta,
      url,
      headers: request.headers,
      body: request.body,
      signal: options.signal,
      timeoutMs: options.timeoutMs,
      idempotent: options.idempotent,
      parseJson: true,
    });
    return documentOf(received, meta);
  };

  const pages = (client: KlaviyoClientBase, params?: AnyParams, options?: PageOptions) => {
    const { runtime, request, url } = prepare(client, params);
    return paginatePages(runtime, { endpoint: meta, url, headers: request.headers }, options);
  };

  const operation = Object.assign(call, { meta });
  if (meta.paginated) {
    Object.assign(operation, {
      pages,
      all: (client: KlaviyoClientBase, params?: AnyParams, options: ItemOptions = {}) =>
        paginateItems(pages(client, params, options), options.maxItems),
    });
  }
  return operation as unknown as Operation<Op>;
}
