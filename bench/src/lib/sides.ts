/**
 * The three ways the benchmarks call Klaviyo's "get profiles": our client (both layers), the
 * official SDK, and bare fetch with the same headers. Each returns a function making one call.
 */
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { latestRevision } from "./workspace.js";

export const benchApiKey = `pk_${"b".repeat(34)}`;

export type Call = () => Promise<unknown>;

interface OurPackage {
  createKlaviyo(options: Record<string, unknown>): unknown;
  getProfiles: ((client: unknown, params: object) => Promise<unknown>) & {
    all(client: unknown, params: object, options?: { maxItems?: number }): AsyncIterable<unknown>;
  };
}

/** The revision package's `typed-fetch` entry. */
interface OurTypedFetch {
  createKlaviyoWithTypedFetch(options: Record<string, unknown>): TypedFetchClient;
}

interface TypedFetchClient {
  GET(path: string, init?: object): Promise<{ data?: unknown; error?: unknown }>;
}

export async function importOurs(entry: string): Promise<OurPackage> {
  return (await import(pathToFileURL(entry).href)) as OurPackage;
}

/**
 * Our client with pacing and retries off, so that only the client's own work is measured. `entry`
 * is the package's dist/index.js; typed fetch comes from dist/typed-fetch.js beside it.
 */
export async function ourCalls(
  entry: string,
  baseUrl: string,
  extra: Record<string, unknown> = {},
) {
  const ours = await importOurs(entry);
  const typedFetchEntry = join(dirname(entry), "typed-fetch.js");
  const { createKlaviyoWithTypedFetch } = (await import(
    pathToFileURL(typedFetchEntry).href
  )) as OurTypedFetch;
  // One client serves both layers, so they are measured on the same runtime.
  const client = createKlaviyoWithTypedFetch({
    apiKey: benchApiKey,
    baseUrl,
    rateLimit: false,
    retry: false,
    ...extra,
  });
  const typedFetch: Call = async () => {
    const { error } = await client.GET("/api/profiles");
    if (error) throw new Error(`GET /api/profiles failed: ${JSON.stringify(error)}`);
  };
  const operation: Call = () => ours.getProfiles(client, {});
  return { ours, client, typedFetch, operation };
}

export async function officialCall(baseUrl: string): Promise<Call> {
  const { ApiKeySession, ProfilesApi } = await import("klaviyo-api");
  const api = new ProfilesApi(new ApiKeySession(benchApiKey));
  api.basePath = baseUrl;
  return () => api.getProfiles();
}

function bareHeaders() {
  return {
    authorization: `Klaviyo-API-Key ${benchApiKey}`,
    revision: latestRevision(),
    accept: "application/vnd.api+json",
  };
}

/** openapi-fetch on its own, the library our typed-fetch layer wraps, with the same headers. */
export async function openapiFetchCall(baseUrl: string): Promise<Call> {
  const { default: createClient } = await import("openapi-fetch");
  const client = createClient<Record<string, never>>({ baseUrl, headers: bareHeaders() });
  return async () => {
    const { error } = await (client as unknown as TypedFetchClient).GET("/api/profiles");
    if (error) throw new Error(`GET /api/profiles failed: ${JSON.stringify(error)}`);
  };
}

export function bareFetchCall(baseUrl: string): Call {
  const headers = bareHeaders();
  return async () => {
    const response = await fetch(`${baseUrl}/api/profiles`, { headers });
    if (!response.ok) throw new Error(`GET /api/profiles: ${response.status}`);
    return response.json();
  };
}
