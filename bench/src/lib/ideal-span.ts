/** Klaviyo's fixed windows as the benchmark server counts them: 1 s burst, 60 s steady, both offset. */
export interface ServerWindows {
  burst: number;
  steady: number;
  /** where the windows start, in ms after the clock's whole second and minute */
  offsetMs: number;
}

const SECOND = 1_000;
const MINUTE = 60_000;

function windowStart(time: number, lengthMs: number, offsetMs: number): number {
  return Math.floor((time - offsetMs) / lengthMs) * lengthMs + offsetMs;
}

/**
 * The shortest time in which `count` requests, the first arriving at `start`, can all arrive
 * without a 429: each as early as the server's real windows allow. The yardstick for pacing,
 * since no client can do better without being refused.
 */
export function idealSpanMs(count: number, start: number, windows: ServerWindows): number {
  let time = start;
  let left = count;
  let steadyAt = windowStart(time, MINUTE, windows.offsetMs);
  let burstAt = windowStart(time, SECOND, windows.offsetMs);
  let steadyUsed = 0;
  let burstUsed = 0;
  for (;;) {
    const steadyNow = windowStart(time, MINUTE, windows.offsetMs);
    if (steadyNow !== steadyAt) [steadyAt, steadyUsed] = [steadyNow, 0];
    const burstNow = windowStart(time, SECOND, windows.offsetMs);
    if (burstNow !== burstAt) [burstAt, burstUsed] = [burstNow, 0];
    const room = Math.min(windows.burst - burstUsed, windows.steady - steadyUsed);
    if (room >= left) return time - start;
    left -= room;
    steadyUsed += room;
    burstUsed += room;
    time = steadyUsed >= windows.steady ? steadyAt + MINUTE : burstAt + SECOND;
  }
}

/** Ideal span over actual span: 1 when every request arrived as early as the server allowed. */
export function pacingEfficiency(idealMs: number, actualMs: number): number {
  if (actualMs <= 0) return 1;
  return Math.min(1, idealMs / actualMs);
}
