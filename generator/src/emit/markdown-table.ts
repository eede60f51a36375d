/**
 * A Markdown table laid out the way prettier lays it out (cells padded to the column width, a
 * dashed rule as wide as each column), so committed reports pass `prettier --check` without a
 * formatter pass over hundreds of rows. Cells must be single-width characters without pipes.
 */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string[] {
  const widths = header.map((title, column) =>
    Math.max(3, title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${widths.map((width, column) => (cells[column] ?? "").padEnd(width)).join(" | ")} |`;
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)];
}
