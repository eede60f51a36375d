import type { ClientMethod, ClientRequestMethod } from "openapi-fetch";
import type { KlaviyoClientBase } from "../operation/define-operation.js";
import type { OperationIndex } from "../operation/meta.js";
import type { JSON_API } from "./headers.js";
import type { KlaviyoOptions } from "./options.js";
import { attachRuntime, createRuntime } from "./runtime.js";
import { createTypedFetch, type TypedFetchInit } from "./typed-fetch.js";

/**
 * openapi-fetch's typed calls (GET/POST/... returning `{ data, error, response }`) plus the runtime.
 * openapi-fetch's middleware (`use`/`eject`) is not offered: hooks observe every request, and the
 * runtime itself does what middleware is usually written for (auth, retries, pacing). Spelled out
 * rather than `Omit<Client, ...>`: a mapped type over Client costs consumers' type-checks more.
 */
export interface KlaviyoClient<Paths extends {}> extends KlaviyoClientBase {
  request: ClientRequestMethod<Paths, typeof JSON_API>;
  GET: ClientMethod<Paths, "get", typeof JSON_API>;
  PUT: ClientMethod<Paths, "put", typeof JSON_API>;
  POST: ClientMethod<Paths, "post", typeof JSON_API>;
  DELETE: ClientMethod<Paths, "delete", typeof JSON_API>;
  OPTIONS: ClientMethod<Paths, "options", typeof JSON_API>;
  HEAD: ClientMethod<Paths, "head", typeof JSON_API>;
  PATCH: ClientMethod<Paths, "patch", typeof JSON_API>;
  TRACE: ClientMethod<Paths, "trace", typeof JSON_API>;
}

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

/**
 * The client the generated `createKlaviyoWithTypedFetch()` returns. Typed-fetch calls and operation
 * functions share one pipeline: the runtime (auth, pacing, retries, timeouts, hooks). Typed fetch is
 * opt-in because a bundler cannot tell that a client's `GET` is never called: the generated
 * `createKlaviyo()` is createOperationsClient, which leaves typed fetch, its operation index and
 * openapi-fetch's serialisers out of a bundle.
 */
export function createClient<Paths extends {}>(
  options: KlaviyoOptions,
  pinned: { revision: string; operations: OperationIndex },
): KlaviyoClient<Paths> {
  const runtime = createRuntime(options, pinned.revision);
  const typedFetch = createTypedFetch(runtime, pinned.operations);
  const client: Record<string, unknown> = {
    request: (method: string, path: string, init?: TypedFetchInit) =>
      typedFetch(method.toUpperCase(), path, init),
  };
  for (const method of METHODS) {
    client[method] = (path: string, init?: TypedFetchInit) => typedFetch(method, path, init);
  }
  attachRuntime(client, runtime, pinned.revision);
  return client as unknown as KlaviyoClient<Paths>;
}
