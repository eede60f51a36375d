import { createRandom, hashSeed, type Random } from "./random.js";

export type FaultKind =
  | "429"
  | "500"
  | "502"
  | "503"
  | "504"
  | "524"
  | "reset-before-body"
  | "reset-after-body"
  | "latency"
  | "truncated"
  | "non-json";

export interface Fault {
  kind: FaultKind;
  /** latency: added delay (default FaultOptions.latencyMs). */
  latencyMs?: number;
  /** 429: the Retry-After value in seconds (default 1). */
  retryAfterSeconds?: number;
  /** non-json / truncated: answer with this status instead of the real one. */
  status?: number;
}

export interface FaultOptions {
  /** Scripted faults for the 1st, 2nd, ... matching request; null lets a request through. */
  sequence?: readonly (FaultKind | Fault | null)[];
  /** Chance (0..1) that a matching request past the sequence gets a random fault from `kinds`. */
  probability?: number;
  kinds?: readonly FaultKind[];
  /** A random 429 starts a storm: this many consecutive requests are throttled (default 3). */
  stormLength?: number;
  /** Delay for latency faults, default 200 ms. */
  latencyMs?: number;
  /** Only requests to these operationIds get faults (default: all). */
  operations?: readonly string[];
}

export const FAULT_KINDS: readonly FaultKind[] = [
  "429",
  "500",
  "502",
  "503",
  "504",
  "524",
  "reset-before-body",
  "reset-after-body",
  "latency",
  "truncated",
  "non-json",
];

/** Decides, deterministically for a seed and the arrival order, which requests fail and how. */
export class FaultPlan {
  readonly #random: Random;
  #position = 0;
  #stormLeft = 0;

  constructor(
    private readonly options: FaultOptions,
    seed: number,
  ) {
    this.#random = createRandom(hashSeed(seed, "faults"));
  }

  next(operationId: string): Fault | undefined {
    const { operations, sequence = [], probability = 0 } = this.options;
    if (operations && !operations.includes(operationId)) return undefined;
    const position = this.#position++;
    if (position < sequence.length) return this.#normalise(sequence[position] ?? null);
    if (this.#stormLeft > 0) {
      this.#stormLeft--;
      return this.#normalise("429");
    }
    if (probability <= 0 || this.#random.next() >= probability) return undefined;
    const kind = this.#random.pick(this.options.kinds ?? FAULT_KINDS);
    if (kind === "429") this.#stormLeft = Math.max(0, (this.options.stormLength ?? 3) - 1);
    return this.#normalise(kind);
  }

  #normalise(entry: FaultKind | Fault | null): Fault | undefined {
    if (entry === null) return undefined;
    const fault = typeof entry === "string" ? { kind: entry } : entry;
    if (fault.kind === "latency" && fault.latencyMs === undefined) {
      return { ...fault, latencyMs: this.options.latencyMs ?? 200 };
    }
    return fault;
  }
}
