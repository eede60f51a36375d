export type Stage = "load" | "normalise" | "types" | "operations" | "tools" | "write";

export const stages: readonly Stage[] = [
  "load",
  "normalise",
  "types",
  "operations",
  "tools",
  "write",
];

/** Accumulates wall time per pipeline stage. */
export class StageTimer {
  readonly totals = new Map<Stage, number>(stages.map((s) => [s, 0]));

  async time<T>(stage: Stage, work: () => Promise<T> | T): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.totals.set(stage, (this.totals.get(stage) ?? 0) + performance.now() - start);
    }
  }

  /** "load 31 ms · normalise 4 ms · ..." */
  summary(): string {
    return stages.map((s) => `${s} ${Math.round(this.totals.get(s) ?? 0)} ms`).join(" · ");
  }

  total(): number {
    return [...this.totals.values()].reduce((a, b) => a + b, 0);
  }
}
