import type { RateLimitStore, RateWindow, WindowReport } from "./store.js";

/**
 * The requests one window holds: those in flight, and the times the others settled, oldest first
 * (`head` skips the expired ones without shifting the array). Settle times arrive in clock order, so
 * appending keeps them sorted.
 */
interface Log {
  inFlight: number;
  times: number[];
  head: number;
}

/**
 * Where the server's fixed windows lie: window `j` covers [boundary + (j-1)·period, boundary + j·period).
 * `boundary` is the latest the server's boundary can be, so a request admitted in window j reaches
 * the server no earlier than its window j starts.
 */
interface Alignment {
  boundary: number;
  /** the earliest the same boundary can be; the two close in as reports accumulate */
  earliest: number;
  /** admissions counted per window index; only the current and next are kept */
  counts: Map<number, number>;
  /** per ticket, the later of the two windows a request sent close to a boundary counts in */
  straddling: Map<string, number>;
}

/**
 * A report whose end lies this much before the boundary we hold cannot be a tighter reading of the
 * same boundary (each reading is off by under a second of `Reset` rounding plus latency): the server's
 * windows moved, so we start over from the report.
 */
export const RESYNC_MS = 2_000;
/** Before alignment, admissions this far before the reported window's earliest start count in it too. */
export const START_SLACK_MS = 1_000;
/** `RateLimit-Reset` is whole seconds rounded up: the window may end up to this much sooner. */
export const RESET_ROUNDING_MS = 1_000;

/**
 * Counts windows in this process. Each window keeps a log of its requests, each counted from its
 * admission until `windowMs` after it settled, so "at most `limit` in any `windowMs`" holds for every
 * stretch of the server's arrival times, which satisfies Klaviyo's fixed windows whatever their
 * alignment and whatever the latency's jitter. Once the server has said where its steady window lies
 * (`learn`), that window is counted in the server's own fixed windows, so a window's quota is spent
 * the moment it opens instead of a full window after the previous one was spent.
 */
export class MemoryRateLimitStore implements RateLimitStore {
  readonly #logs = new Map<string, Log>();
  readonly #alignments = new Map<string, Alignment>();
  readonly #pausedUntil = new Map<string, number>();

  acquire(key: string, windows: readonly RateWindow[], ticket?: string): Promise<number> {
    return Promise.resolve(this.tryAcquire(key, windows, ticket));
  }

  pause(key: string, durationMs: number): Promise<void> {
    const until = Date.now() + durationMs;
    if (until > (this.#pausedUntil.get(key) ?? 0)) this.#pausedUntil.set(key, until);
    return Promise.resolve();
  }

  learn(key: string, report: WindowReport): Promise<void> {
    this.learnNow(key, report);
    return Promise.resolve();
  }

  /** Synchronous admission; 0 when admitted, otherwise milliseconds to wait. */
  tryAcquire(key: string, windows: readonly RateWindow[], ticket?: string): number {
    const now = Date.now();
    const pausedUntil = this.#pausedUntil.get(key);
    if (pausedUntil !== undefined) {
      if (pausedUntil > now) return pausedUntil - now;
      this.#pausedUntil.delete(key);
    }
    let wait = 0;
    const logs: Log[] = [];
    const slots: Array<{ alignment: Alignment; indexes: number[] }> = [];
    for (const window of windows) {
      const log = this.#log(`${key}|${window.windowMs}`);
      expire(log, now - window.windowMs);
      logs.push(log);
      const alignment = window.aligned && this.#alignments.get(`${key}|${window.aligned.periodMs}`);
      if (window.aligned && alignment) {
        const { periodMs, edgeMs } = window.aligned;
        const current = indexAt(alignment, periodMs, now);
        const earliestEnd = alignment.earliest + current * periodMs;
        const indexes = now + edgeMs >= earliestEnd ? [current, current + 1] : [current];
        forget(alignment, current);
        const full = indexes.find((j) => (alignment.counts.get(j) ?? 0) >= window.limit);
        if (full !== undefined) wait = Math.max(wait, alignment.boundary + full * periodMs - now);
        slots.push({ alignment, indexes });
        continue;
      }
      const settled = log.times.length - log.head;
      const over = log.inFlight + settled - window.limit;
      if (over >= 0) {
        // The oldest settled requests leave first; one still in flight leaves no sooner than a
        // whole window after now.
        const leaves = over < settled ? log.times[log.head + over]! : now;
        wait = Math.max(wait, leaves + window.windowMs - now);
      }
    }
    if (wait > 0) return wait;
    for (const log of logs) log.inFlight++;
    for (const { alignment, indexes } of slots) {
      for (const j of indexes) alignment.counts.set(j, (alignment.counts.get(j) ?? 0) + 1);
      if (ticket !== undefined && indexes.length > 1) alignment.straddling.set(ticket, indexes[1]!);
    }
    return 0;
  }

  settle(key: string, windows: readonly RateWindow[]): Promise<void> {
    this.settleNow(key, windows);
    return Promise.resolve();
  }

  /** Synchronous `settle`. */
  settleNow(key: string, windows: readonly RateWindow[]): void {
    const now = Date.now();
    for (const window of windows) {
      const log = this.#logs.get(`${key}|${window.windowMs}`);
      if (!log || log.inFlight === 0) continue;
      log.inFlight--;
      log.times.push(now);
    }
  }

  /** Synchronous `learn`. */
  learnNow(key: string, report: WindowReport): void {
    const { periodMs } = report;
    const now = Date.now();
    const end = now + report.endsWithinMs;
    const notBefore = now + (report.endsAfterMs ?? report.endsWithinMs - RESET_ROUNDING_MS);
    const id = `${key}|${periodMs}`;
    let alignment = this.#alignments.get(id);
    if (alignment) {
      const index = Math.round((end - alignment.boundary) / periodMs);
      const earlier = alignment.boundary + index * periodMs - end;
      // A tighter reading of the same boundary moves it earlier; a looser one tells nothing.
      if (earlier > RESYNC_MS) alignment = undefined;
      else if (earlier > 0) alignment.boundary -= earlier;
    }
    if (!alignment) {
      alignment = { boundary: end, earliest: notBefore, counts: new Map(), straddling: new Map() };
      this.#alignments.set(id, alignment);
      // Admissions counted any-stretch until now may have reached the server in this window.
      alignment.counts.set(0, this.#countSince(key, end - periodMs - START_SLACK_MS));
    }
    const index = Math.round((end - alignment.boundary) / periodMs);
    alignment.earliest = Math.min(
      alignment.boundary,
      Math.max(alignment.earliest, notBefore - index * periodMs),
    );
    unstraddle(alignment, report.ticket, index);
    // A late answer about a window that has already ended says nothing about the current one.
    if (index < indexAt(alignment, periodMs, now)) return;
    const used = report.limit - report.remaining;
    if (used > (alignment.counts.get(index) ?? 0)) alignment.counts.set(index, used);
  }

  #countSince(key: string, since: number): number {
    let count = 0;
    for (const [id, log] of this.#logs) {
      if (!id.startsWith(`${key}|`)) continue;
      let n = log.inFlight;
      for (let i = log.head; i < log.times.length; i++) if (log.times[i]! > since) n++;
      count = Math.max(count, n);
    }
    return count;
  }

  #log(id: string): Log {
    let log = this.#logs.get(id);
    if (!log) {
      log = { inFlight: 0, times: [], head: 0 };
      this.#logs.set(id, log);
    }
    return log;
  }
}

function indexAt(alignment: Alignment, periodMs: number, time: number): number {
  return Math.floor((time - alignment.boundary) / periodMs) + 1;
}

function forget(alignment: Alignment, current: number): void {
  for (const j of alignment.counts.keys()) if (j < current) alignment.counts.delete(j);
  // A request whose answer brought no report keeps its place in both windows until they are over.
  for (const [ticket, j] of alignment.straddling) {
    if (j < current) alignment.straddling.delete(ticket);
  }
}

/**
 * The request `ticket` was counted in window `index`: if it was counted in two because it was
 * sent close to their boundary, the other one gets its place back.
 */
function unstraddle(alignment: Alignment, ticket: string | undefined, index: number): void {
  const later = ticket === undefined ? undefined : alignment.straddling.get(ticket);
  if (later === undefined) return;
  alignment.straddling.delete(ticket!);
  const other = index === later ? later - 1 : index === later - 1 ? later : undefined;
  const count = other === undefined ? 0 : (alignment.counts.get(other) ?? 0);
  if (count > 0) alignment.counts.set(other!, count - 1);
}

function expire(log: Log, cutoff: number): void {
  while (log.head < log.times.length && log.times[log.head]! <= cutoff) log.head++;
  if (log.head > 64 && log.head * 2 > log.times.length) {
    log.times = log.times.slice(log.head);
    log.head = 0;
  }
}
