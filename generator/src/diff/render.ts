import { type Classification, classify, severityOf } from "./classify.js";
import { describeChange } from "./describe.js";
import type { ApiDiff, Change, ChangeKind } from "./model.js";

interface Section {
  title: string;
  kinds: readonly ChangeKind[];
}

/** Topics with a section of their own; every other non-documentation change is listed by operation. */
const SECTIONS: readonly Section[] = [
  { title: "Operations added", kinds: ["operation-added"] },
  {
    title: "Operations removed, renamed or moved",
    kinds: ["operation-removed", "operation-renamed", "operation-moved"],
  },
  { title: "Aliases", kinds: ["alias-added", "alias-removed"] },
  { title: "Rate limits", kinds: ["rate-limit-changed"] },
  { title: "Scopes", kinds: ["scopes-changed"] },
  {
    title: "Filters",
    kinds: [
      "filter-fields-added",
      "filter-fields-removed",
      "filter-operators-added",
      "filter-operators-removed",
    ],
  },
  { title: "Pre-release status", kinds: ["beta-changed"] },
];

const SECTION_KINDS = new Set<ChangeKind>(SECTIONS.flatMap((s) => s.kinds));
/** The sections a changeset summary lists item by item: operations added, removed, renamed, moved. */
const NAMED_IN_FULL = SECTIONS.slice(0, 2);
const NAMED_KINDS = new Set<ChangeKind>(NAMED_IN_FULL.flatMap((s) => s.kinds));
const OTHER_TITLE = "Parameters, request bodies and responses";

/** Changes listed by operation rather than in a section of their own. */
function isOther(change: Change): boolean {
  return !SECTION_KINDS.has(change.kind) && change.kind !== "documentation";
}

/** Markdown that reads as plain text in a terminal and renders in a changeset or pull request. */
export function renderMarkdown(diff: ApiDiff, classification = classify(diff)): string {
  const lines = [`# API diff ${diff.from} -> ${diff.to}`, "", summaryLine(classification)];
  if (classification.bump === "major") {
    lines.push("", `## Why major (${classification.because.length})`, "");
    lines.push(
      ...classification.because.map((c) => `- ${operationLabel(c)}: ${describeChange(c)}`),
    );
  }
  for (const section of SECTIONS) {
    const changes = diff.changes.filter((c) => section.kinds.includes(c.kind));
    if (changes.length === 0) continue;
    lines.push("", `## ${section.title} (${changes.length})`, "");
    lines.push(...changes.map((c) => `- ${operationLabel(c)}: ${describeChange(c)}`));
  }
  lines.push(...byOperation(diff.changes.filter(isOther)));
  const docs = diff.changes.filter((c) => c.kind === "documentation");
  if (docs.length > 0) {
    const operations = new Set(docs.map((c) => c.operationId)).size;
    lines.push(
      "",
      "## Documentation",
      "",
      `${docs.length} descriptions or summaries changed in ${operations} operations (patch; \`--json\` lists them).`,
    );
  }
  if (diff.changes.length === 0) lines.push("", "No API changes.");
  return `${lines.join("\n")}\n`;
}

/**
 * A short account for a changeset: the bump, how many changes of each topic, every operation added,
 * removed, renamed or moved, and the other items that made it major (the first `maxItems`; the full
 * list is in `klaviyo-gen diff`).
 */
export function renderSummary(
  diff: ApiDiff,
  classification = classify(diff),
  maxItems = 20,
): string {
  const topics = [
    ...SECTIONS.map(
      (s) => [s.title, diff.changes.filter((c) => s.kinds.includes(c.kind)).length] as const,
    ),
    [OTHER_TITLE, diff.changes.filter(isOther).length] as const,
    ["Documentation", diff.changes.filter((c) => c.kind === "documentation").length] as const,
  ].filter(([, count]) => count > 0);
  const counts = topics.map(([title, count]) => `${title}: ${count}`).join(" · ");
  const lines = [
    `API changes ${diff.from} -> ${diff.to} (${classification.bump})${counts ? `: ${counts}` : ""}.`,
  ];
  // Which operations arrived or went is what a changelog reader looks for first: every one is
  // named, never cut, and before the capped list of breaking items.
  for (const section of NAMED_IN_FULL) {
    const changes = diff.changes.filter((c) => section.kinds.includes(c.kind));
    if (changes.length === 0) continue;
    lines.push(
      "",
      `${section.title}:`,
      ...changes.map((c) => `- ${operationLabel(c)}: ${describeChange(c)}`),
    );
  }
  if (classification.bump === "major") {
    const breaking = classification.because.filter((c) => !NAMED_KINDS.has(c.kind));
    const shown = breaking.slice(0, maxItems);
    if (shown.length > 0) {
      lines.push(
        "",
        "Breaking:",
        ...shown.map((c) => `- ${operationLabel(c)}: ${describeChange(c)}`),
      );
    }
    const more = breaking.length - shown.length;
    if (more > 0) lines.push(`- and ${more} more (\`klaviyo-gen diff ${diff.from} ${diff.to}\`)`);
  }
  return `${lines.join("\n")}\n`;
}

/** The diff as data: every change with its severity, plus the classification. */
export function renderJson(diff: ApiDiff, classification = classify(diff)): string {
  const document = {
    from: diff.from,
    to: diff.to,
    bump: classification.bump,
    counts: classification.counts,
    changes: diff.changes.map((change) => ({ severity: severityOf(change), ...change })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function summaryLine({ bump, counts }: Classification): string {
  const total = counts.major + counts.minor + counts.patch;
  if (total === 0) return "Classification: **none** (no changes).";
  return `Classification: **${bump}** (${counts.major} major, ${counts.minor} minor, ${counts.patch} patch changes).`;
}

function byOperation(changes: readonly Change[]): string[] {
  if (changes.length === 0) return [];
  const lines = ["", `## ${OTHER_TITLE} (${changes.length})`];
  let current = "";
  for (const change of changes) {
    const label = operationLabel(change);
    if (label !== current) {
      lines.push("", `### ${label}`, "");
      current = label;
    }
    lines.push(`- ${severityOf(change)}: ${describeChange(change)}`);
  }
  return lines;
}

function operationLabel(change: Change): string {
  return `\`${change.operationId}\` ${change.method} ${change.path}`;
}
