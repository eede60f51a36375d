import type { RateLimitStore, RateWindow, WindowReport } from "./store.js";

/** What the store holds for one key. */
interface KeyState {
  /**
   * Per window length, the requests the window holds: the times they settled, oldest first, then
   * those in flight as Infinity, since one may still reach the server and leaves no sooner than a
   * window after now. Settle times arrive in clock order, so writing each over the first Infinity
   * keeps the log sorted.
   */
  logs: Record<number, number[]>;
  /** per period of the server's fixed windows, where they lie, once a report said */
  alignments: Record<number, Alignment>;
  /** until when the server asked for a pause */
  pausedUntil: number;
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
  counts: Record<number, number>;
  /**
   * per ticket, the later of the two windows a request sent close to a boundary counts in (a report
   * without a ticket finds none)
   */
  straddling: Map<string | undefined, number>;
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
 * Counts windows in this process, answering at once (the limiter awaits whatever a store returns).
 * Each window keeps a log of its requests, each counted from its admission until `windowMs` after it
 * settled, so "at most `limit` in any `windowMs`" holds for every stretch of the server's arrival
 * times, which satisfies Klaviyo's fixed windows whatever their alignment and whatever the latency's
 * jitter. Once the server has said where its steady window lies (`learn`), that window is counted in
 * the server's own fixed windows, so a window's quota is spent the moment it opens instead of a full
 * window after the previous one was spent.
 */
export class MemoryRateLimitStore implements RateLimitStore {
  readonly #keys = new Map<string, KeyState>();

  /** 0 when admitted into every window, otherwise milliseconds to wait (admitted into none). */
  acquire(key: string, windows: readonly RateWindow[], ticket?: string): number {
    const now = Date.now();
    const state = this.#state(key);
    if (state.pausedUntil > now) return state.pausedUntil - now;
    // The earliest every window has room.
    let until = now;
    const admissions: Array<() => void> = [];
    for (const { limit, windowMs, aligned } of windows) {
      const log = (state.logs[windowMs] ??= []);
      while (log[0]! <= now - windowMs) log.shift();
      admissions.push(() => log.push(Infinity));
      const alignment = aligned && state.alignments[aligned.periodMs];
      if (alignment) {
        const { periodMs, edgeMs } = aligned!;
        // The window a request admitted now counts in.
        const current = Math.floor((now - alignment.boundary) / periodMs) + 1;
        const { counts, straddling } = alignment;
        for (const j in counts) if (+j < current) delete counts[j];
        // A request whose answer brought no report keeps its place in both windows until they are over.
        for (const [t, j] of straddling) if (j < current) straddling.delete(t);
        const straddles = now + edgeMs >= alignment.earliest + current * periodMs;
        const indexes = straddles ? [current, current + 1] : [current];
        const full = indexes.find((j) => (counts[j] ?? 0) >= limit);
        if (full !== undefined) until = Math.max(until, alignment.boundary + full * periodMs);
        admissions.push(() => {
          for (const j of indexes) counts[j] = (counts[j] ?? 0) + 1;
          if (straddles && ticket !== undefined) straddling.set(ticket, current + 1);
        });
      } else if (log.length >= limit) {
        // The oldest requests leave first; one still in flight leaves a whole window after now.
        until = Math.max(until, Math.min(log[log.length - limit]!, now) + windowMs);
      }
    }
    if (until > now) return until - now;
    for (const admit of admissions) admit();
    return 0;
  }

  settle(key: string, windows: readonly RateWindow[]): void {
    const now = Date.now();
    const state = this.#state(key);
    for (const { windowMs } of windows) {
      const log = state.logs[windowMs] ?? [];
      const inFlight = log.indexOf(Infinity);
      if (inFlight >= 0) log[inFlight] = now;
    }
  }

  pause(key: string, durationMs: number): void {
    const state = this.#state(key);
    state.pausedUntil = Math.max(state.pausedUntil, Date.now() + durationMs);
  }

  learn(key: string, report: WindowReport): void {
    const { periodMs, ticket } = report;
    const now = Date.now();
    const end = now + report.endsWithinMs;
    const notBefore = now + (report.endsAfterMs ?? report.endsWithinMs - RESET_ROUNDING_MS);
    const state = this.#state(key);
    let alignment = state.alignments[periodMs];
    if (alignment) {
      const earlier =
        alignment.boundary + Math.round((end - alignment.boundary) / periodMs) * periodMs - end;
      // A tighter reading of the same boundary moves it earlier; a looser one tells nothing.
      if (earlier > RESYNC_MS) alignment = undefined;
      else if (earlier > 0) alignment.boundary -= earlier;
    }
    if (!alignment) {
      // Admissions counted any-stretch until now may have reached the server in this window.
      const since = end - periodMs - START_SLACK_MS;
      let before = 0;
      for (const log of Object.values(state.logs)) {
        before = Math.max(before, log.filter((time) => time > since).length);
      }
      alignment = {
        boundary: end,
        earliest: notBefore,
        counts: { 0: before },
        straddling: new Map(),
      };
      state.alignments[periodMs] = alignment;
    }
    const { counts, straddling } = alignment;
    // The window the report is about: the one ending nearest `end`.
    const index = Math.round((end - alignment.boundary) / periodMs);
    alignment.earliest = Math.min(
      alignment.boundary,
      Math.max(alignment.earliest, notBefore - index * periodMs),
    );
    // The request was counted in window `index`: if it was counted in two because it was sent close
    // to their boundary, the other one gets its place back.
    const later = straddling.get(ticket);
    straddling.delete(ticket);
    if (later === index || later === index + 1) {
      // Of windows later - 1 and later, the one the report is not about.
      const other = 2 * later - 1 - index;
      if ((counts[other] ?? 0) > 0) counts[other]!--;
    }
    // A late answer about a window that has already ended says nothing about the current one.
    if (index < Math.floor((now - alignment.boundary) / periodMs) + 1) return;
    const used = report.limit - report.remaining;
    if (used > (counts[index] ?? 0)) counts[index] = used;
  }

  #state(key: string): KeyState {
    let state = this.#keys.get(key);
    if (!state) {
      state = { logs: {}, alignments: {}, pausedUntil: 0 };
      this.#keys.set(key, state);
    }
    return state;
  }
}
