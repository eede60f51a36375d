import type { ReleaseCheck } from "./check.js";

/** Files that must never be published: specs, tests, fixtures. Each with the reason it is here. */
const FORBIDDEN: { pattern: RegExp; what: string }[] = [
  // Specs are pinned by checksum and materialised by `spec sync`; they are megabytes and not ours to redistribute.
  { pattern: /(^|\/)(stable|beta)\.json$|(^|\/)spec\/.*\.json$/, what: "a spec file" },
  { pattern: /(^|\/)(test|tests|__tests__)\/|\.(test|spec|test-d)\.[cm]?[jt]sx?$/, what: "a test" },
  { pattern: /(^|\/)(fixtures?|golden)\//, what: "a test fixture" },
  { pattern: /(^|\/)src\/.*\.ts$/, what: "TypeScript source (publish dist only)" },
];

export const checkContents: ReleaseCheck = async (_pkg, tarball) => {
  const problems: string[] = [];
  for (const path of tarball.files.keys()) {
    for (const { pattern, what } of FORBIDDEN) {
      if (pattern.test(path) && !path.endsWith(".d.ts"))
        problems.push(`contents: ${path} is ${what}`);
    }
  }
  for (const [path, text] of tarball.files) {
    problems.push(...sourceMapProblems(path, text, tarball.files));
  }
  return problems;
};

/** A source map comment must point at a map in the tarball, and the map's sources must be there too. */
function sourceMapProblems(path: string, text: string, files: Map<string, string>): string[] {
  if (path.endsWith(".map")) {
    const sources =
      (JSON.parse(text) as { sources?: string[]; sourcesContent?: unknown[] }).sources ?? [];
    const hasContent =
      (JSON.parse(text) as { sourcesContent?: unknown[] }).sourcesContent?.length ===
      sources.length;
    if (hasContent) return [];
    return sources
      .map((source) => resolveRelative(path, source))
      .filter((source) => !files.has(source))
      .map((source) => `contents: ${path} points at ${source}, which is not in the tarball`);
  }
  const match = /\/\/# sourceMappingURL=(?!data:)(\S+)\s*$/.exec(text);
  if (!match) return [];
  const map = resolveRelative(path, match[1]!);
  return files.has(map)
    ? []
    : [`contents: ${path} points at source map ${map}, which is not in the tarball`];
}

function resolveRelative(from: string, relative: string): string {
  const parts = from.split("/").slice(0, -1);
  for (const part of relative.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  return parts.join("/");
}
