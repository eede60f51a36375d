export type Formatter = (path: string, text: string) => Promise<string>;

/**
 * Formats files that get committed (scaffolded package files) with the repository's prettier
 * settings, choosing the parser from the file name. Prettier is imported on first use only:
 * regenerating an existing package never needs it.
 */
export async function createFormatter(root: string): Promise<Formatter> {
  const prettier = await import("prettier");
  const config = (await prettier.resolveConfig(`${root}/package.json`)) ?? {};
  return (path, text) => prettier.format(text, { ...config, filepath: path });
}
