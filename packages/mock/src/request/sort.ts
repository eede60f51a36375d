/**
 * Orders items by the `sort` parameter (`field`, or `-field` for descending). Equal values keep
 * the collection's own order, reversed when descending (members that joined in the same
 * millisecond still come out latest first); items without the field come last either way.
 */
export function sortedBy<T>(
  items: readonly T[],
  sort: string | undefined,
  read: (item: T) => (field: string) => unknown,
): T[] {
  if (!sort) return [...items];
  const field = sort.replace(/^-/, "");
  const keyed = items.map((item) => ({ item, key: read(item)(field) }));
  const present = keyed.filter(({ key }) => key !== undefined && key !== null);
  const missing = keyed.filter(({ key }) => key === undefined || key === null);
  present.sort((a, b) => {
    const x = a.key as number | string;
    const y = b.key as number | string;
    return x === y ? 0 : x < y ? -1 : 1;
  });
  if (sort.startsWith("-")) present.reverse();
  return [...present, ...missing].map(({ item }) => item);
}
