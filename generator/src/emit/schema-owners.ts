/**
 * The module each schema belongs to, for schemas that exactly one module reaches (through its
 * operations and routes, at any depth). A schema also reached from the rest of `components`
 * (shared responses, parameters), or from no module at all, stays shared, and so does everything it
 * reaches: shared schemas never point into a module. A module's entry then reaches its own schemas
 * and the shared ones, not the whole API's.
 *
 * `references` maps each schema to the schemas it names; `moduleRoots` each module to the schemas
 * its declarations name; `sharedRoots` the schemas the rest of `components` names.
 */
export function schemaOwners(
  references: ReadonlyMap<string, ReadonlySet<string>>,
  moduleRoots: ReadonlyMap<string, ReadonlySet<string>>,
  sharedRoots: ReadonlySet<string>,
): Map<string, string> {
  const reach = (roots: Iterable<string>) => {
    const seen = new Set<string>();
    const pending = [...roots];
    for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
      if (seen.has(name) || !references.has(name)) continue;
      seen.add(name);
      pending.push(...(references.get(name) ?? []));
    }
    return seen;
  };
  const reachers = new Map<string, string[]>();
  for (const [module, roots] of moduleRoots) {
    for (const name of reach(roots)) reachers.set(name, [...(reachers.get(name) ?? []), module]);
  }
  const unreached = [...references.keys()].filter((name) => !reachers.has(name));
  const shared = reach([...sharedRoots, ...unreached]);
  const owners = new Map<string, string>();
  for (const [name, modules] of reachers) {
    const [only] = modules;
    if (modules.length === 1 && only !== undefined && !shared.has(name)) owners.set(name, only);
  }
  return owners;
}
