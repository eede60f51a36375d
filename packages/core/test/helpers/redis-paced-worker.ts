// One process of the aligned shared-quota test: sends `count` GETs to a fixed-window server through
// the RateLimiter backed by the Redis store, learning from every answer, then prints its 429s.
import { RateLimiter } from "../../src/rate-limit/limiter.js";
import { RedisRateLimitStore } from "../../src/rate-limit/redis-store.js";
import { parseRetryAfter } from "../../src/retry/retry-after.js";
import { connect } from "./redis-server.js";

const [url, prefix, serverUrl, count] = process.argv.slice(2) as [string, string, string, string];
// The server's own quota: each request counts until a second after its answer, so the jitter between
// admission and arrival on a busy machine cannot bunch a burst window past 10.
const quota = { burst: 10, steady: 20 };
const endpoint = { id: "get_profiles", method: "GET", path: "/api/profiles" } as const;
const { client, adapter } = await connect(url);
const limiter = new RateLimiter({
  store: new RedisRateLimitStore({ client: adapter, prefix }),
});
let left = Number(count);
let throttled = 0;
await Promise.all(
  Array.from({ length: 4 }, async () => {
    while (left > 0) {
      left--;
      const release = await limiter.acquire("GET /api/profiles", quota, undefined, endpoint);
      const response = await fetch(serverUrl);
      await response.arrayBuffer();
      release();
      const retryAfterMs =
        response.status === 429 ? parseRetryAfter(response.headers.get("retry-after")) : undefined;
      limiter.observe("GET /api/profiles", response.headers, retryAfterMs, quota, release);
      if (response.status === 429) {
        throttled++;
        left++;
      }
    }
  }),
);
await client.quit();
process.stdout.write(JSON.stringify({ throttled }));
