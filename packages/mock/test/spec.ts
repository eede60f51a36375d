import { readFileSync } from "node:fs";
import { join } from "node:path";
import { locateSpecDir } from "../src/index.js";
import type { Schema } from "../src/schema/types.js";
import { REVISION } from "./helpers.js";

export interface SpecDocument {
  paths: Record<string, Record<string, any>>;
}

/** The raw spec, read independently of the mock, to check its answers against. */
export function loadSpec(): { spec: SpecDocument } {
  const spec = JSON.parse(
    readFileSync(join(locateSpecDir(), REVISION, "stable.json"), "utf8"),
  ) as SpecDocument;
  return { spec };
}

export function responseSchema(operation: any, status: string): Schema | undefined {
  return operation.responses?.[status]?.content?.["application/vnd.api+json"]?.schema;
}
