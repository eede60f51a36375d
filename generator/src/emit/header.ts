/** The first line of every generated file. */
export function generatedHeader(revision: string, commit: string): string {
  return `// generated from the Klaviyo OpenAPI spec ${revision} @ ${commit.slice(0, 8)} — do not edit`;
}
