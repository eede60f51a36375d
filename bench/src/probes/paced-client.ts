/**
 * Our client in a process of its own, as a user's bulk sync runs it: makes <count> getProfiles calls
 * succeed with <concurrency> in flight against <baseUrl>, then prints how many failed and were made
 * again. The pacing benchmark runs it beside the other sides, so that their work does not lengthen
 * our client's event-loop turns (a user's process does not host the official SDK's floods of 429s).
 * Arguments: <revision entry> <baseUrl> <api key> <count> <concurrency>.
 */
import { completeAll } from "../lib/paced-run.js";
import { importOurs } from "../lib/sides.js";

const [entry, baseUrl, apiKey, count, concurrency] = process.argv.slice(2) as string[];
const ours = await importOurs(entry!);
const client = ours.createKlaviyo({
  apiKey,
  baseUrl,
  rateLimit: { maxConcurrency: Number(concurrency) },
});
const run = await completeAll(() => ours.getProfiles(client, {}), {
  count: Number(count),
  concurrency: Number(concurrency),
});
console.log(JSON.stringify(run));
