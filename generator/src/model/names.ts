/** "get_profiles" -> "getProfiles"; also accepts kebab-case and spaces. */
export function camelCase(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return words
    .map((w, i) =>
      i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1),
    )
    .join("");
}

/** Tag name -> module file stem: "Custom Objects" -> "custom-objects". */
export function tagModuleName(tag: string): string {
  return tag
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join("-");
}
