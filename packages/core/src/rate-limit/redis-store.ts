import type { RateLimitStore, RateWindow } from "./store.js";

/**
 * The one Redis command the store needs. Adapt your client, e.g. node-redis:
 * `{ eval: (script, keys, args) => client.eval(script, { keys, arguments: args }) }`,
 * ioredis: `{ eval: (script, keys, args) => client.eval(script, keys.length, ...keys, ...args) }`.
 */
export interface RedisEvalClient {
  eval(script: string, keys: string[], args: string[]): Promise<unknown>;
}

export interface RedisStoreOptions {
  client: RedisEvalClient;
  /** namespace of the keys; use one per Klaviyo account; default "klaviyo-ts:rl" */
  prefix?: string;
}

// Both scripts read the clock with TIME, so every process and machine counts on Redis's clock.
// replicate_commands makes TIME safe before writes on Redis < 7 (a no-op after).
const CLOCK = `
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
`;

/**
 * KEYS[1]: pause key; KEYS[2..]: one sorted set of admission times per window.
 * ARGV[1]: a unique member for this request; then limit and window length (ms) per window.
 * Returns 0 after adding the request to every window, else the ms until it could be admitted.
 */
const ACQUIRE = `${CLOCK}
local paused = tonumber(redis.call('GET', KEYS[1]) or '0')
if paused > now then return paused - now end
local wait = 0
for i = 2, #KEYS do
  local limit = tonumber(ARGV[2 * i - 2])
  local window = tonumber(ARGV[2 * i - 1])
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now - window)
  local count = redis.call('ZCARD', KEYS[i])
  if count >= limit then
    local blocking = redis.call('ZRANGE', KEYS[i], count - limit, count - limit, 'WITHSCORES')
    local until_free = tonumber(blocking[2]) + window - now
    if until_free > wait then wait = until_free end
  end
end
if wait > 0 then return wait end
for i = 2, #KEYS do
  redis.call('ZADD', KEYS[i], now, ARGV[1])
  redis.call('PEXPIRE', KEYS[i], tonumber(ARGV[2 * i - 1]))
end
return 0
`;

/** KEYS[1]: pause key; ARGV[1]: pause length in ms. Never shortens a longer pause. */
const PAUSE = `${CLOCK}
local duration = tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if now + duration > current then redis.call('SET', KEYS[1], now + duration, 'PX', duration) end
return 0
`;

/**
 * Counts windows in Redis, shared by every process and machine using the same prefix. Each acquire is
 * one Lua script, so admission into all windows is atomic: concurrent clients never over-admit.
 */
export class RedisRateLimitStore implements RateLimitStore {
  readonly #client: RedisEvalClient;
  readonly #prefix: string;
  readonly #instance = Math.random().toString(36).slice(2);
  #sequence = 0;

  constructor(options: RedisStoreOptions) {
    this.#client = options.client;
    this.#prefix = options.prefix ?? "klaviyo-ts:rl";
  }

  async acquire(key: string, windows: readonly RateWindow[]): Promise<number> {
    const base = this.#base(key);
    const keys = [`${base}:pause`];
    const args = [`${this.#instance}:${this.#sequence++}`];
    for (const window of windows) {
      keys.push(`${base}:${window.windowMs}`);
      args.push(String(window.limit), String(window.windowMs));
    }
    return Number(await this.#client.eval(ACQUIRE, keys, args));
  }

  async pause(key: string, durationMs: number): Promise<void> {
    await this.#client.eval(PAUSE, [`${this.#base(key)}:pause`], [String(Math.ceil(durationMs))]);
  }

  /** The hash tag keeps all keys of one operation in one Redis Cluster slot, as a script requires. */
  #base(key: string): string {
    return `${this.#prefix}:{${key}}`;
  }
}
