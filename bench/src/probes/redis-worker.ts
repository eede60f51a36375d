/**
 * One of several processes sharing one Klaviyo quota through core's Redis store. Waits until
 * <startAt> (epoch ms), calls getProfiles for <durationMs>, prints how many succeeded in time.
 * Arguments: <revision entry> <core entry> <redis url> <baseUrl> <startAt> <durationMs>.
 */
import { pathToFileURL } from "node:url";
import { createClient } from "redis";
import { pacedRun } from "../lib/paced-run.js";
import { benchApiKey, importOurs } from "../lib/sides.js";

const [entry, coreEntry, redisUrl, baseUrl, startAt, durationMs] = process.argv.slice(
  2,
) as string[];

const core = (await import(pathToFileURL(coreEntry!).href)) as Record<string, unknown>;
const RedisStore = core.RedisRateLimitStore as
  (new (options: { client: unknown }) => unknown) | undefined;
if (!RedisStore) {
  console.log(
    JSON.stringify({ unavailable: "@klaviyo-ts/core exports no RedisRateLimitStore yet" }),
  );
  process.exit(0);
}
const redis = await createClient({ url: redisUrl! }).connect();
const ours = await importOurs(entry!);
const client = ours.createKlaviyo({
  apiKey: benchApiKey,
  baseUrl,
  rateLimit: {
    // core asks for eval(script, keys, args); node-redis takes the keys and args as one object.
    store: new RedisStore({
      client: {
        eval: (script: string, keys: string[], args: string[]) =>
          redis.eval(script, { keys, arguments: args }),
      },
    }),
  },
});
const op = ours.getProfiles as unknown as (c: unknown, p: object, o: object) => Promise<unknown>;
await new Promise((resolve) => setTimeout(resolve, Number(startAt) - Date.now()));
const run = await pacedRun((signal) => op(client, {}, { signal }), {
  concurrency: 8,
  durationMs: Number(durationMs),
});
await redis.quit();
console.log(JSON.stringify(run));
