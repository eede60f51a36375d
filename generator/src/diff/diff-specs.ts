import type { ApiDiff, Change } from "./model.js";
import type { OpenApiDocument, SpecOperation } from "@klaviyo-ts/spec-model";
import { diffOperation } from "./operation-diff.js";
import { indexOperations } from "./operations.js";
import { createResolver } from "./resolve.js";
import { SchemaComparer } from "./schema-diff.js";

export interface DiffLabels {
  from: string;
  to: string;
}

/**
 * The API diff between two parsed specs: a pure function, so `spec update` can diff a spec it
 * has not written anywhere yet. Labels default to each spec's info.version.
 */
export function diffSpecs(
  before: OpenApiDocument,
  after: OpenApiDocument,
  labels: Partial<DiffLabels> = {},
): ApiDiff {
  const resolveBefore = createResolver(before);
  const resolveAfter = createResolver(after);
  const context = {
    resolveBefore,
    resolveAfter,
    schemas: new SchemaComparer(resolveBefore, resolveAfter),
  };
  const opsBefore = indexOperations(before);
  const opsAfter = indexOperations(after);
  const renamedFrom = detectRenames(opsBefore, opsAfter);
  const renamedIds = new Set(renamedFrom.values());
  const changes: Change[] = [];

  for (const [id, op] of opsBefore) {
    if (opsAfter.has(id) || renamedIds.has(id)) continue;
    changes.push({ kind: "operation-removed", operationId: id, method: op.method, path: op.path });
  }
  for (const [id, op] of opsAfter) {
    const base = { operationId: id, method: op.method, path: op.path };
    const previousId = opsBefore.has(id) ? id : renamedFrom.get(id);
    const previous = previousId === undefined ? undefined : opsBefore.get(previousId);
    if (!previous) {
      changes.push({ ...base, kind: "operation-added" });
      continue;
    }
    if (previous.id !== id) changes.push({ ...base, kind: "operation-renamed", from: previous.id });
    changes.push(...diffOperation(previous, op, context));
  }
  return {
    from: labels.from ?? before.info?.version ?? "before",
    to: labels.to ?? after.info?.version ?? "after",
    changes: changes.sort(compareChanges),
  };
}

/**
 * New operationId -> old operationId, for operations that vanished under one name and appeared
 * under another: the new one lists the old name among its aliases, or it sits at the same
 * method and path.
 */
function detectRenames(
  before: Map<string, SpecOperation>,
  after: Map<string, SpecOperation>,
): Map<string, string> {
  const removed = [...before.values()].filter((op) => !after.has(op.id));
  const renames = new Map<string, string>();
  const claimed = new Set<string>();
  for (const op of after.values()) {
    if (before.has(op.id)) continue;
    const aliases = op.aliases;
    const match =
      removed.find((old) => !claimed.has(old.id) && aliases.includes(old.id)) ??
      removed.find(
        (old) => !claimed.has(old.id) && old.method === op.method && old.path === op.path,
      );
    if (match) {
      renames.set(op.id, match.id);
      claimed.add(match.id);
    }
  }
  return renames;
}

const KIND_ORDER: readonly Change["kind"][] = [
  "operation-added",
  "operation-removed",
  "operation-renamed",
  "operation-moved",
  "alias-added",
  "alias-removed",
  "beta-changed",
  "scopes-changed",
  "rate-limit-changed",
  "filter-fields-added",
  "filter-fields-removed",
  "filter-operators-added",
  "filter-operators-removed",
  "parameter-added",
  "parameter-removed",
  "parameter-became-required",
  "parameter-became-optional",
  "request-body-added",
  "request-body-removed",
  "request-body-became-required",
  "request-body-became-optional",
  "response-added",
  "response-removed",
];

function compareChanges(a: Change, b: Change): number {
  return (
    compareText(a.operationId, b.operationId) ||
    rank(a) - rank(b) ||
    compareText(sortKey(a), sortKey(b))
  );
}

/** Operation-level kinds first, in KIND_ORDER; schema changes and documentation after, by place. */
function rank(change: Change): number {
  const index = KIND_ORDER.indexOf(change.kind);
  return index === -1 ? KIND_ORDER.length : index;
}

function sortKey(change: Change): string {
  if ("site" in change) return `${change.site.label}\t${change.pointer}\t${change.kind}`;
  if (change.kind === "documentation") return `${change.where}\t~`;
  if ("name" in change) return `${change.in} ${change.name}`;
  if ("alias" in change) return change.alias;
  if ("field" in change) return `${change.field}\t${change.arity}`;
  if ("status" in change) return change.status;
  return "";
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
