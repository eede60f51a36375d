/**
 * One of several processes sharing one Klaviyo quota through core's Redis store. Waits until
 * <startAt> (epoch ms), makes <count> getProfiles calls succeed with <concurrency> in flight, prints
 * how many failed and were made again.
 * Arguments: <revision entry> <core entry> <redis url> <prefix> <baseUrl> <api key> <startAt> <count> <concurrency> <processes>.
 */
import { pathToFileURL } from "node:url";
import { createClient } from "redis";
import { completeAll, until } from "../lib/paced-run.js";
import { importOurs } from "../lib/sides.js";

const [
  entry,
  coreEntry,
  redisUrl,
  prefix,
  baseUrl,
  apiKey,
  startAt,
  count,
  concurrency,
  processes,
] = process.argv.slice(2) as string[];

const core = (await import(pathToFileURL(coreEntry!).href)) as Record<string, unknown>;
const RedisStore = core.RedisRateLimitStore as new (options: {
  client: unknown;
  prefix: string;
}) => unknown;
const redis = await createClient({ url: redisUrl! }).connect();
const ours = await importOurs(entry!);
const client = ours.createKlaviyo({
  apiKey,
  baseUrl,
  rateLimit: {
    maxConcurrency: Number(concurrency),
    // core asks for eval(script, keys, args); node-redis takes the keys and args as one object.
    store: new RedisStore({
      prefix: prefix!,
      client: {
        eval: (script: string, keys: string[], args: string[]) =>
          redis.eval(script, { keys, arguments: args }),
      },
    }),
  },
});
// Loading takes seconds on a busy machine: start when every process of this quota has loaded, so
// that a late one does not stretch the span.
await redis.incr(`${prefix}:ready`);
while (Number(await redis.get(`${prefix}:ready`)) < Number(processes)) await until(Date.now() + 10);
await until(Number(startAt));
const run = await completeAll(() => ours.getProfiles(client, {}), {
  count: Number(count),
  concurrency: Number(concurrency),
});
await redis.quit();
console.log(JSON.stringify(run));
