/** Klaviyo-style fixed windows (aligned to the clock): a request counts in every window or is refused. */
export interface WindowPolicy {
  limit: number;
  windowMs: number;
}

export type Admission =
  | { admitted: true; remaining: number; resetSeconds: number }
  | { admitted: false; retryAfterSeconds: number };

export class FixedWindows {
  private readonly counts = new Map<number, { index: number; count: number }>();

  constructor(private readonly policies: readonly WindowPolicy[]) {}

  admit(now = Date.now()): Admission {
    const states = this.policies.map((policy, i) => {
      const index = Math.floor(now / policy.windowMs);
      const stored = this.counts.get(i);
      const count = stored && stored.index === index ? stored.count : 0;
      const resetMs = (index + 1) * policy.windowMs - now;
      return { i, policy, index, count, resetMs };
    });
    const full = states.filter((s) => s.count >= s.policy.limit);
    if (full.length > 0) {
      const waitMs = Math.max(...full.map((s) => s.resetMs));
      return { admitted: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    }
    for (const s of states) this.counts.set(s.i, { index: s.index, count: s.count + 1 });
    const tightest = states.reduce((a, b) =>
      b.policy.limit - b.count - 1 < a.policy.limit - a.count - 1 ? b : a,
    );
    return {
      admitted: true,
      remaining: tightest.policy.limit - tightest.count - 1,
      resetSeconds: Math.max(1, Math.ceil(tightest.resetMs / 1000)),
    };
  }

  /** `RateLimit-Limit` in the IETF draft format Klaviyo sends: "75, 75;w=1, 750;w=60". */
  limitHeader(): string {
    const tightest = Math.min(...this.policies.map((p) => p.limit));
    const policies = this.policies.map((p) => `${p.limit};w=${Math.round(p.windowMs / 1000)}`);
    return [String(tightest), ...policies].join(", ");
  }
}
