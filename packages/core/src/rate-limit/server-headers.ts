/** What Klaviyo's `RateLimit-*` response headers (IETF draft format) say about the current quota. */
export interface ServerQuota {
  /** limit per window length in seconds, from `RateLimit-Limit: 75, 75;w=1, 700;w=60` */
  limits: Map<number, number>;
  remaining: number | undefined;
  /** seconds until the tightest window resets */
  resetSeconds: number | undefined;
}

export function readServerQuota(headers: Headers): ServerQuota | undefined {
  const limit = headers.get("ratelimit-limit");
  const remaining = headers.get("ratelimit-remaining");
  const reset = headers.get("ratelimit-reset");
  if (limit === null && remaining === null && reset === null) return undefined;
  return {
    limits: parsePolicies(limit ?? ""),
    remaining: parseNumber(remaining),
    resetSeconds: parseNumber(reset),
  };
}

function parsePolicies(value: string): Map<number, number> {
  const limits = new Map<number, number>();
  for (const item of value.split(",")) {
    const [quota, ...params] = item.split(";");
    const window = params.map((p) => p.trim()).find((p) => p.startsWith("w="));
    const limit = parseNumber(quota ?? null);
    const seconds = parseNumber(window ? window.slice(2) : null);
    if (limit !== undefined && seconds !== undefined) {
      limits.set(seconds, Math.min(limit, limits.get(seconds) ?? Infinity));
    }
  }
  return limits;
}

function parseNumber(value: string | null): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const number = Number(value.trim());
  return Number.isFinite(number) && number >= 0 ? number : undefined;
}
