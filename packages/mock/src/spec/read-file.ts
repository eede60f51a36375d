import { readFile } from "node:fs/promises";
import { resolveSpecFile } from "./resolve.js";

/** The revision's stable.json, parsed, from wherever resolveSpecFile finds (or downloads) it. */
export async function readSpecFile(revision: string, specDir?: string): Promise<object> {
  const file = await resolveSpecFile(revision, { specDir });
  return JSON.parse(await readFile(file, "utf8")) as object;
}
