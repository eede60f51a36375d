/** The middle value (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** "0.42x" of `numerator` over `denominator`, or undefined when either side is missing. */
export function ratio(numerator: number | undefined, denominator: number | undefined) {
  if (numerator === undefined || denominator === undefined || denominator === 0) return undefined;
  return numerator / denominator;
}

/**
 * Runs each side `rounds` times, alternating sides within every round, so that drift in machine
 * load hits all sides alike; returns every side's samples.
 */
export async function alternate<K extends string>(
  rounds: number,
  sides: Readonly<Record<K, () => Promise<number>>>,
): Promise<Record<K, number[]>> {
  const keys = Object.keys(sides) as K[];
  const samples = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? keys : [...keys].reverse();
    for (const key of order) samples[key].push(await sides[key]());
  }
  return samples;
}

/**
 * The median over rounds of `values[i] / baseline[i]`: each ratio compares two runs made moments
 * apart, so load that drifts across the run cancels out instead of widening the spread.
 */
export function pairedRatio(values: readonly number[], baseline: readonly number[]): number {
  if (values.length !== baseline.length) throw new Error("paired samples of different lengths");
  return median(values.map((value, i) => value / baseline[i]!));
}
