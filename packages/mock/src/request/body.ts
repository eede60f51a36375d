import type { PreparedOperation } from "../spec/prepare.js";
import type { RefResolver } from "../schema/types.js";
import { validateSchema } from "../schema/validate.js";
import { invalid } from "../http/response.js";

/** Parses and validates a JSON:API request body; throws MockApiError with a source.pointer. */
export function parseBody(raw: string, prepared: PreparedOperation, resolve: RefResolver): unknown {
  const body = prepared.body;
  if (!body) return undefined;
  if (raw.trim() === "") {
    if (body.required) throw invalid("A request body is required.", { pointer: "/data" });
    return undefined;
  }
  if (!body.json || !body.schema) return raw;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw invalid("The request body is not valid JSON.", { pointer: "/" });
  }
  const issue = validateSchema(body.schema, value, resolve);
  if (issue) throw invalid(issue.detail, { pointer: issue.pointer || "/" });
  return value;
}
