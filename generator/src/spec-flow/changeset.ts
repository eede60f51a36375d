import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Severity } from "../diff/index.js";
import { UserError } from "../errors.js";
import { writeAtomic } from "../fs/write-atomic.js";
import type { Rollback } from "./rollback.js";

export interface Changeset {
  /** File name without extension, e.g. "2026-07-15-add". */
  name: string;
  packageName: string;
  bump: Severity;
  summary: string;
}

export function changesetPath(root: string, name: string): string {
  return join(root, ".changeset", `${name}.md`);
}

/** The markdown `changeset version` reads: front matter naming the package and bump, then the summary. */
export function renderChangeset({ packageName, bump, summary }: Changeset): string {
  return `---\n"${packageName}": ${bump}\n---\n\n${summary.trimEnd()}\n`;
}

/** Writes .changeset/<name>.md; refuses to overwrite one that is already pending. */
export async function writeChangeset(
  root: string,
  changeset: Changeset,
  rollback: Rollback,
): Promise<string> {
  const path = changesetPath(root, changeset.name);
  await rollback.guard(path);
  if (existsSync(path)) {
    throw new UserError(`${path} already exists; release or delete it first`);
  }
  await writeAtomic(path, renderChangeset(changeset));
  return path;
}
