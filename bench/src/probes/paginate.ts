/**
 * Pages through the first <limit> profiles of a mock (a multiple of the page size, 100) and prints
 * the count and this process's peak RSS. Arguments: <ours|official|baseline> <baseUrl> <revision
 * entry> <limit>.
 */
import { benchApiKey, importOurs } from "../lib/sides.js";
import { latestRevision } from "../lib/workspace.js";

const [side, baseUrl, entry, limitArg] = process.argv.slice(2) as [string, string, string, string];
const limit = Number(limitArg);

interface Page {
  data: unknown[];
  links?: { next?: string | null };
}

async function countOurs(): Promise<number> {
  const ours = await importOurs(entry);
  const client = ours.createKlaviyo({ apiKey: benchApiKey, baseUrl, rateLimit: false });
  let count = 0;
  for await (const _ of ours.getProfiles.all(
    client,
    { page: { size: 100 } },
    { maxItems: limit },
  )) {
    count++;
  }
  return count;
}

async function countOfficial(): Promise<number> {
  const { ApiKeySession, ProfilesApi } = await import("klaviyo-api");
  const api = new ProfilesApi(new ApiKeySession(benchApiKey));
  api.basePath = baseUrl;
  let count = 0;
  let pageCursor: string | undefined;
  do {
    const { body } = await api.getProfiles({ pageSize: 100, pageCursor });
    count += body.data.length;
    const next = body.links?.next;
    pageCursor = next ? (new URL(next).searchParams.get("page[cursor]") ?? undefined) : undefined;
  } while (pageCursor && count < limit);
  return count;
}

async function countBare(): Promise<number> {
  const headers = {
    authorization: `Klaviyo-API-Key ${benchApiKey}`,
    revision: latestRevision(),
    accept: "application/vnd.api+json",
  };
  let count = 0;
  let next: string | null | undefined = `${baseUrl}/api/profiles?page[size]=100`;
  while (next && count < limit) {
    const response = await fetch(next, { headers });
    if (!response.ok) throw new Error(`GET ${next}: ${response.status} ${await response.text()}`);
    const page = (await response.json()) as Page;
    count += page.data.length;
    next = page.links?.next;
  }
  return count;
}

const started = performance.now();
const count = await (side === "ours"
  ? countOurs()
  : side === "official"
    ? countOfficial()
    : countBare());
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ count, seconds, peakRssMB: process.resourceUsage().maxRSS / 1024 }));
