import type { KlaviyoTool } from "@klaviyo-ts/core";

export interface Selection {
  /** GET operations only */
  readonly readOnly: boolean;
  /**
   * `--tools` entries: an operationId (`get_profiles`), `tag:<tag>` (`tag:Profiles`), or
   * `scope:<scope>` (`scope:profiles:read`, or `scope:profiles` for every profiles scope).
   */
  readonly selectors: readonly string[];
}

/** The tools a server offers. A selector that matches nothing is an error: it is a typo. */
export function selectTools(tools: readonly KlaviyoTool[], selection: Selection): KlaviyoTool[] {
  const allowed = selection.readOnly ? tools.filter((tool) => tool.method === "GET") : [...tools];
  if (selection.selectors.length === 0) return allowed;
  const chosen = new Set<KlaviyoTool>();
  for (const selector of selection.selectors) {
    const matches = tools.filter((tool) => matchesSelector(tool, selector));
    if (matches.length === 0) throw new Error(`--tools: "${selector}" matches no operation`);
    for (const tool of matches) if (allowed.includes(tool)) chosen.add(tool);
  }
  return allowed.filter((tool) => chosen.has(tool));
}

function matchesSelector(tool: KlaviyoTool, selector: string): boolean {
  if (selector.startsWith("tag:")) {
    const tag = selector.slice(4).toLowerCase();
    return tool.tags.some((t) => t.toLowerCase() === tag);
  }
  if (selector.startsWith("scope:")) {
    const scope = selector.slice(6);
    return tool.scopes.some((s) => s === scope || s.startsWith(`${scope}:`));
  }
  return tool.name === selector;
}
