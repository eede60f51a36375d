import { UserError } from "../errors.js";

export interface RateLimit {
  burst: number;
  steady: number;
  daily?: number;
}

const windows = { burst: "s", steady: "m", daily: "d" } as const;

/** Parses x-klaviyo-ratelimit ({ burst: "75/s", steady: "750/m", daily?: "225/d" }) to numbers. */
export function parseRateLimit(
  operationId: string,
  raw: Record<string, string> | undefined,
): RateLimit {
  if (!raw) throw new UserError(`${operationId} has no x-klaviyo-ratelimit`);
  const parse = (window: keyof typeof windows): number | undefined => {
    const value = raw[window];
    if (value === undefined) return undefined;
    const match = /^(\d+)\/(\w)$/.exec(value);
    if (!match || match[2] !== windows[window]) {
      throw new UserError(`${operationId}: cannot read ${window} rate limit "${value}"`);
    }
    return Number(match[1]);
  };
  const burst = parse("burst");
  const steady = parse("steady");
  if (burst === undefined || steady === undefined) {
    throw new UserError(`${operationId}: x-klaviyo-ratelimit needs burst and steady`);
  }
  const daily = parse("daily");
  return daily === undefined ? { burst, steady } : { burst, steady, daily };
}

/** "burst 75/s, steady 750/m, daily 225/d" */
export function describeRateLimit(limit: RateLimit): string {
  const parts = [`burst ${limit.burst}/s`, `steady ${limit.steady}/m`];
  if (limit.daily !== undefined) parts.push(`daily ${limit.daily}/d`);
  return parts.join(", ");
}
