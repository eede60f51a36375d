import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { ReleaseCheck } from "./check.js";

const REVISION_PACKAGE = /^@klaviyo-ts\/(\d{4}-\d{2}-\d{2})$/;

interface RevisionPackage {
  createKlaviyo(options: { apiKey: string; baseUrl: string }): object;
  getProfiles: {
    all(client: unknown, params: object, options: { maxItems: number }): AsyncIterable<unknown>;
  };
}

interface TypedFetchEntry {
  createKlaviyoWithTypedFetch(options: { apiKey: string; baseUrl: string }): {
    GET(path: string): Promise<{ data?: { data?: unknown }; error?: unknown }>;
  };
}

interface Mock {
  url: string;
  close(): Promise<void>;
}

const MAX_ITEMS = 5;

/**
 * A revision package must work: its built clients, against the mock of its own revision, answer a
 * typed-fetch call (createKlaviyoWithTypedFetch, from the `typed-fetch` entry) and page through
 * profiles with an operation function (createKlaviyo). This is what covers the
 * older revisions' packages, which have no tests of their own. The mock and the specs are the
 * workspace's, beside the package (packages/mock, spec/).
 */
export const checkAgainstMock: ReleaseCheck = async (pkg) => {
  const revision = REVISION_PACKAGE.exec(pkg.name)?.[1];
  if (!revision) return [];
  const mockEntry = join(pkg.dir, "..", "mock", "dist", "index.js");
  const clientEntry = join(pkg.dir, "dist", "index.js");
  const typedFetchEntry = join(pkg.dir, "dist", "typed-fetch.js");
  for (const entry of [mockEntry, clientEntry, typedFetchEntry]) {
    if (!existsSync(entry)) return [`mock: ${entry} is missing; run pnpm build first`];
  }
  const { startMock } = (await import(pathToFileURL(mockEntry).href)) as {
    startMock(options: object): Promise<Mock>;
  };
  const client = (await import(pathToFileURL(clientEntry).href)) as RevisionPackage;
  const typedFetch = (await import(pathToFileURL(typedFetchEntry).href)) as TypedFetchEntry;
  const mock = await startMock({ revision, seed: 1, specDir: join(pkg.dir, "..", "..", "spec") });
  try {
    const options = { apiKey: "pk_release_check", baseUrl: mock.url };
    const { data, error } = await typedFetch.createKlaviyoWithTypedFetch(options).GET("/api/lists");
    if (error !== undefined || !Array.isArray(data?.data)) {
      return [`mock: GET /api/lists gave no list collection: ${JSON.stringify(error ?? data)}`];
    }
    let profiles = 0;
    const paging = { maxItems: MAX_ITEMS };
    for await (const _ of client.getProfiles.all(
      client.createKlaviyo(options),
      { page: { size: 2 } },
      paging,
    )) {
      profiles++;
    }
    if (profiles !== MAX_ITEMS) {
      return [`mock: getProfiles.all() gave ${profiles} profiles, not ${MAX_ITEMS}`];
    }
    return [];
  } catch (error) {
    return [`mock: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`];
  } finally {
    await mock.close();
  }
};
