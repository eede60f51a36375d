// generated from the Klaviyo OpenAPI spec 2030-01-15.pre @ f1x7e500 — do not edit
import { createOperationsClient, type KlaviyoClientBase, type KlaviyoOptions } from "@klaviyo-ts/core";

/** The Klaviyo API revision this client sends in its `revision` header. */
export const revision = "2030-01-15.pre";

/**
 * A Klaviyo client pinned to revision 2030-01-15.pre, for operation functions, their pagination
 * and the tool catalogue: auth, rate-limit pacing, retries, timeouts, typed errors. It has no
 * typed fetch, so a bundle keeps only the operations a program calls; for `GET`/`POST`/...
 * use createKlaviyoWithTypedFetch, from this package's `beta/typed-fetch` entry.
 */
export function createKlaviyo(options: KlaviyoOptions): KlaviyoClientBase {
  return createOperationsClient(options, revision);
}
