import { RESET_ROUNDING_MS, RESYNC_MS, START_SLACK_MS } from "./memory-store.js";
import type { RateLimitStore, RateWindow, WindowReport } from "./store.js";

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
 * A script that starts by reading the clock. A call marked pure, not a template with `${CLOCK}` in
 * it: bundlers must assume a substitution may run code and would keep the scripts in every program
 * that imports core, Redis store used or not.
 */
function withClock(body: string): string {
  return CLOCK + body;
}

/**
 * How long a request nobody settles holds its place in a window: long enough for any attempt to be
 * answered, short enough that a process that died with requests in flight stops blocking the others.
 */
const IN_FLIGHT_MS = 300_000;

/**
 * KEYS[1]: pause key; then per window: its sorted set of requests, scored by the time each settled
 * (in flight: admission time + IN_FLIGHT_MS, a time to come), and the hash holding where the server's
 * fixed window lies (field `b`, the latest the boundary can be, and `l`, the earliest), the
 * admissions per window index (`c<j>`) and, per request counted in two windows, the later one
 * (`s<member>`). ARGV[1]: a unique member for this request; ARGV[2]: IN_FLIGHT_MS; then per window:
 * limit, length (ms), the server's period (ms, 0 when not aligned) and the edge (ms). Same rules as
 * MemoryRateLimitStore.acquire. Returns 0 after adding the request to every window, else the ms
 * until it could be admitted.
 */
const ACQUIRE = /* @__PURE__ */ withClock(`
local paused = tonumber(redis.call('GET', KEYS[1]) or '0')
if paused > now then return paused - now end
local wait = 0
local aligned = {}
for w = 1, (#KEYS - 1) / 2 do
  local log, hash = KEYS[2 * w], KEYS[2 * w + 1]
  local limit, window = tonumber(ARGV[4 * w - 1]), tonumber(ARGV[4 * w])
  local period, edge = tonumber(ARGV[4 * w + 1]), tonumber(ARGV[4 * w + 2])
  redis.call('ZREMRANGEBYSCORE', log, '-inf', now - window)
  local boundary = nil
  if period > 0 then boundary = tonumber(redis.call('HGET', hash, 'b') or '') end
  if boundary then
    local current = math.floor((now - boundary) / period) + 1
    local earliest = tonumber(redis.call('HGET', hash, 'l') or '') or boundary
    local last = current
    if now + edge >= earliest + current * period then last = current + 1 end
    redis.call('HDEL', hash, 'c' .. (current - 1), 'c' .. (current - 2))
    for j = current, last do
      if tonumber(redis.call('HGET', hash, 'c' .. j) or '0') >= limit then
        local until_free = boundary + j * period - now
        if until_free > wait then wait = until_free end
      end
    end
    aligned[#aligned + 1] = { hash, current, last, period }
  else
    local count = redis.call('ZCARD', log)
    if count >= limit then
      local blocking = redis.call('ZRANGE', log, count - limit, count - limit, 'WITHSCORES')
      -- one still in flight (scored in the future) leaves no sooner than a whole window after now
      local leaves = math.min(tonumber(blocking[2]), now)
      local until_free = leaves + window - now
      if until_free > wait then wait = until_free end
    end
  end
end
if wait > 0 then return wait end
local in_flight = tonumber(ARGV[2])
for w = 1, (#KEYS - 1) / 2 do
  redis.call('ZADD', KEYS[2 * w], now + in_flight, ARGV[1])
  redis.call('PEXPIRE', KEYS[2 * w], in_flight + tonumber(ARGV[4 * w]))
end
for _, slot in ipairs(aligned) do
  for j = slot[2], slot[3] do redis.call('HINCRBY', slot[1], 'c' .. j, 1) end
  if slot[3] > slot[2] then redis.call('HSET', slot[1], 's' .. ARGV[1], slot[3]) end
  redis.call('PEXPIRE', slot[1], 10 * slot[4])
end
return 0
`);

/**
 * KEYS[1]: the window's sorted set of requests; KEYS[2]: its alignment hash (see ACQUIRE).
 * ARGV: period (ms), limit, ms until the reported window ends at the latest and at the earliest,
 * requests remaining in it, the resync distance and the start slack (ms), and the member of the
 * request the report answers ('' if not known). Same rules as MemoryRateLimitStore.learn.
 */
const LEARN = /* @__PURE__ */ withClock(`
local period, limit = tonumber(ARGV[1]), tonumber(ARGV[2])
local ends, not_before = now + tonumber(ARGV[3]), now + tonumber(ARGV[4])
local remaining = tonumber(ARGV[5])
local resync, slack = tonumber(ARGV[6]), tonumber(ARGV[7])
local boundary = tonumber(redis.call('HGET', KEYS[2], 'b') or '')
if boundary then
  local earlier = boundary + math.floor((ends - boundary) / period + 0.5) * period - ends
  if earlier > resync then
    boundary = nil
  elseif earlier > 0 then
    boundary = boundary - earlier
    redis.call('HSET', KEYS[2], 'b', boundary)
  end
end
if not boundary then
  boundary = ends
  redis.call('DEL', KEYS[2])
  local before = redis.call('ZCOUNT', KEYS[1], '(' .. (ends - period - slack), '+inf')
  redis.call('HSET', KEYS[2], 'b', boundary, 'l', not_before, 'c0', before)
end
local index = math.floor((ends - boundary) / period + 0.5)
local earliest = tonumber(redis.call('HGET', KEYS[2], 'l') or '') or not_before
redis.call('HSET', KEYS[2], 'l', math.min(boundary, math.max(earliest, not_before - index * period)))
if ARGV[8] ~= '' then
  local later = tonumber(redis.call('HGET', KEYS[2], 's' .. ARGV[8]) or '')
  if later then
    redis.call('HDEL', KEYS[2], 's' .. ARGV[8])
    local other = nil
    if index == later then other = later - 1 elseif index == later - 1 then other = later end
    if other and tonumber(redis.call('HGET', KEYS[2], 'c' .. other) or '0') > 0 then
      redis.call('HINCRBY', KEYS[2], 'c' .. other, -1)
    end
  end
end
if index >= math.floor((now - boundary) / period) + 1 then
  local used = limit - remaining
  if used > tonumber(redis.call('HGET', KEYS[2], 'c' .. index) or '0') then
    redis.call('HSET', KEYS[2], 'c' .. index, used)
  end
end
redis.call('PEXPIRE', KEYS[2], 10 * period)
return 0
`);

/** KEYS: the windows' sorted sets; ARGV[1]: the member of a request in flight, now settled. */
const SETTLE = /* @__PURE__ */ withClock(`
for _, log in ipairs(KEYS) do redis.call('ZADD', log, 'XX', now, ARGV[1]) end
return 0
`);

/** KEYS[1]: pause key; ARGV[1]: pause length in ms. Never shortens a longer pause. */
const PAUSE = /* @__PURE__ */ withClock(`
local duration = tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if now + duration > current then redis.call('SET', KEYS[1], now + duration, 'PX', duration) end
return 0
`);

/**
 * Counts windows in Redis, shared by every process and machine using the same prefix. Each acquire is
 * one Lua script, so admission into all windows is atomic: concurrent clients never over-admit; and
 * what any process learns of the server's window (`learn`, one script too) aligns all of them.
 */
export class RedisRateLimitStore implements RateLimitStore {
  readonly #client: RedisEvalClient;
  readonly #prefix: string;
  readonly #instance = Math.random().toString(36).slice(2);
  /** per key and server period, the sorted set acquire logs that window in, for `learn` to count */
  readonly #logs = new Map<string, string>();
  #sequence = 0;

  constructor(options: RedisStoreOptions) {
    this.#client = options.client;
    this.#prefix = options.prefix ?? "klaviyo-ts:rl";
  }

  async acquire(key: string, windows: readonly RateWindow[], ticket?: string): Promise<number> {
    const base = this.#base(key);
    const keys = [`${base}:pause`];
    const member = this.#member(ticket ?? `#${this.#sequence++}`);
    const args = [member, String(IN_FLIGHT_MS)];
    for (const window of windows) {
      const log = this.#log(base, window);
      const period = window.aligned?.periodMs ?? 0;
      if (window.aligned) this.#logs.set(`${key}|${period}`, log);
      keys.push(log, window.aligned ? `${base}:aligned:${period}` : log);
      args.push(
        String(window.limit),
        String(window.windowMs),
        String(period),
        String(window.aligned?.edgeMs ?? 0),
      );
    }
    return Number(await this.#client.eval(ACQUIRE, keys, args));
  }

  /** Without the ticket the request was admitted with, there is nothing to settle. */
  async settle(key: string, windows: readonly RateWindow[], ticket?: string): Promise<void> {
    if (ticket === undefined) return;
    const base = this.#base(key);
    await this.#client.eval(
      SETTLE,
      windows.map((window) => this.#log(base, window)),
      [this.#member(ticket)],
    );
  }

  async learn(key: string, report: WindowReport): Promise<void> {
    const base = this.#base(key);
    const log = this.#logs.get(`${key}|${report.periodMs}`) ?? `${base}:${report.periodMs}`;
    await this.#client.eval(
      LEARN,
      [log, `${base}:aligned:${report.periodMs}`],
      [
        String(report.periodMs),
        String(report.limit),
        String(Math.ceil(report.endsWithinMs)),
        String(Math.floor(report.endsAfterMs ?? report.endsWithinMs - RESET_ROUNDING_MS)),
        String(report.remaining),
        String(RESYNC_MS),
        String(START_SLACK_MS),
        report.ticket === undefined ? "" : this.#member(report.ticket),
      ],
    );
  }

  async pause(key: string, durationMs: number): Promise<void> {
    await this.#client.eval(PAUSE, [`${this.#base(key)}:pause`], [String(Math.ceil(durationMs))]);
  }

  /** Tickets are unique in one process; the instance makes them unique among all sharing Redis. */
  #member(ticket: string): string {
    return `${this.#instance}:${ticket}`;
  }

  #log(base: string, window: RateWindow): string {
    return `${base}:${window.windowMs}`;
  }

  /** The hash tag keeps all keys of one operation in one Redis Cluster slot, as a script requires. */
  #base(key: string): string {
    return `${this.#prefix}:{${key}}`;
  }
}
