import { camelCase } from "../model/names.js";
import { compare, type OperationModel } from "../model/operations.js";
import { describeRateLimit } from "@klaviyo-ts/spec-model";
import { markdownTable } from "./markdown-table.js";

export interface ApiReportSection {
  title: string;
  importPath: string;
  operations: readonly OperationModel[];
}

/**
 * api-report.md: every exported operation with its method, path, scopes and limits, sorted by name,
 * so that a regeneration's effect on the public API shows up in review as a plain diff.
 */
export function emitApiReport(
  revision: string,
  commit: string,
  sections: readonly ApiReportSection[],
): string {
  const out = [
    `# API report: @klaviyo-ts/${revision}`,
    "",
    `Generated from the Klaviyo OpenAPI spec ${revision} @ ${commit.slice(0, 8)} — do not edit.`,
  ];
  for (const section of sections) {
    const rows = section.operations.flatMap((op) => [
      row(op.name, op),
      ...op.aliases.map((alias) => row(camelCase(alias), op, `deprecated alias of \`${op.name}\``)),
    ]);
    rows.sort((a, b) => compare(a.name, b.name));
    out.push(
      "",
      `## ${section.title} (\`${section.importPath}\`): ${plural(section.operations.length, "operation")}`,
      "",
      ...markdownTable(
        ["Export", "Method", "Path", "Scopes", "Rate limits", "Notes"],
        rows.map((r) => r.cells),
      ),
    );
  }
  return `${out.join("\n")}\n`;
}

function row(name: string, op: OperationModel, note = ""): { name: string; cells: string[] } {
  const notes = [op.beta ? "beta" : "", op.paginated ? "paginated" : "", note]
    .filter(Boolean)
    .join("; ");
  const scopes = op.scopes.map((s) => `\`${s}\``).join(", ");
  const cells = [
    `\`${name}\``,
    op.method,
    `\`${op.path}\``,
    scopes,
    describeRateLimit(op.rateLimit),
    notes,
  ];
  return { name, cells };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
