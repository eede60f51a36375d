import type { KlaviyoClientBase } from "../operation/define-operation.js";
import type { KlaviyoOptions } from "./options.js";
import { attachRuntime, createRuntime } from "./runtime.js";

/**
 * The client the generated `createKlaviyo()` returns, for operation functions only: the same
 * runtime as createClient (auth, pacing, retries, timeouts, hooks) without typed fetch. Each
 * operation function carries its own metadata, so this client needs no operation index, and a
 * bundle that uses it keeps neither the index nor openapi-fetch's serialisers.
 */
export function createOperationsClient(
  options: KlaviyoOptions,
  /** the Klaviyo API revision the client sends */
  revision: string,
): KlaviyoClientBase {
  const client = {};
  attachRuntime(client, createRuntime(options, revision), revision);
  return client as KlaviyoClientBase;
}
