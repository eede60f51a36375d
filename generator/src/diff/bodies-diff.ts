import type { Direction } from "./model.js";
import type {
  MediaType,
  OperationObject as Operation,
  RequestBody,
  Response,
} from "@klaviyo-ts/spec-model";
import type { OperationChanges } from "./operation-changes.js";

/** The primary JSON:API media type needs no mention; any other is named in the site label. */
const JSON_API = "application/vnd.api+json";

export function diffRequestBody(a: Operation, b: Operation, changes: OperationChanges): void {
  const before = changes.context.resolveBefore<RequestBody>(a.requestBody);
  const after = changes.context.resolveAfter<RequestBody>(b.requestBody);
  if (!before && !after) return;
  if (!before) {
    changes.add({ kind: "request-body-added", required: after?.required === true });
    return;
  }
  if (!after) {
    changes.add({ kind: "request-body-removed" });
    return;
  }
  if (Boolean(before.required) !== Boolean(after.required)) {
    const kind = after.required ? "request-body-became-required" : "request-body-became-optional";
    changes.add({ kind });
  }
  changes.text("request body", before.description, after.description);
  diffContent(before.content, after.content, "request", "request body", changes);
}

/** Responses matched by status code ("200", "4XX"). */
export function diffResponses(a: Operation, b: Operation, changes: OperationChanges): void {
  const before = a.responses ?? {};
  const after = b.responses ?? {};
  const statuses = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  for (const status of statuses) {
    const responseBefore = changes.context.resolveBefore<Response>(before[status]);
    const responseAfter = changes.context.resolveAfter<Response>(after[status]);
    if (!responseBefore) {
      changes.add({ kind: "response-added", status });
    } else if (!responseAfter) {
      changes.add({ kind: "response-removed", status });
    } else {
      const label = `response ${status}`;
      changes.text(label, responseBefore.description, responseAfter.description);
      diffContent(responseBefore.content, responseAfter.content, "response", label, changes);
    }
  }
}

/**
 * Compares the schema of each media type. A media type present on one side only is compared
 * with an empty schema, which shows up as a type change to or from "any".
 */
function diffContent(
  before: Record<string, MediaType> | undefined,
  after: Record<string, MediaType> | undefined,
  direction: Direction,
  label: string,
  changes: OperationChanges,
): void {
  const mediaTypes = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const mediaType of [...mediaTypes].sort()) {
    const site = { direction, label: mediaType === JSON_API ? label : `${label} (${mediaType})` };
    changes.schema(site, before?.[mediaType]?.schema, after?.[mediaType]?.schema);
  }
}
