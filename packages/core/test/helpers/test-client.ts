import { vi } from "vitest";
import type { KlaviyoOptions } from "../../src/index.js";
import { createKlaviyo } from "../fixtures/profiles-client.js";
import { fakeFetch, type Reply } from "./fake-fetch.js";

/** A client of the fixture API answering from `replies`, with pacing off unless asked for. */
export function testClient(replies: Reply[], options: Partial<KlaviyoOptions> = {}) {
  const fetch = fakeFetch(...replies);
  const klaviyo = createKlaviyo({ apiKey: "pk_secret", fetch, rateLimit: false, ...options });
  return { fetch, klaviyo };
}

/** Runs a call to completion with fake timers, returning its value or error. */
export async function settle<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown }> {
  const settled = promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  await vi.runAllTimersAsync();
  return settled;
}
