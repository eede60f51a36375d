// One process of the shared-quota test: takes `count` admissions for one operation through the
// RateLimiter backed by the Redis store, then prints how many it got.
import { RateLimiter } from "../../src/rate-limit/limiter.js";
import { RedisRateLimitStore } from "../../src/rate-limit/redis-store.js";
import { connect } from "./redis-server.js";

const [url, prefix, count, burst] = process.argv.slice(2) as [string, string, string, string];
const { client, adapter } = await connect(url);
const limiter = new RateLimiter({
  store: new RedisRateLimitStore({ client: adapter, prefix }),
  marginMs: 0,
});
let admitted = 0;
await Promise.all(
  Array.from({ length: Number(count) }, async () => {
    const release = await limiter.acquire(
      "shared_op",
      { burst: Number(burst), steady: 10_000 },
      undefined,
      { id: "shared_op", method: "GET", path: "/shared" },
    );
    admitted++;
    release();
  }),
);
await client.quit();
process.stdout.write(JSON.stringify({ admitted }));
