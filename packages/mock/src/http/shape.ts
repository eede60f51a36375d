import type { ParsedQuery } from "../request/query.js";
import type { PreparedOperation } from "../spec/prepare.js";
import { deref, type RefResolver } from "../schema/types.js";

type Resource = { type?: unknown; attributes?: Record<string, unknown> };

/**
 * Attributes Klaviyo only returns when asked through `additional-fields[type]` (subscriptions,
 * predictive analytics): every declared option not requested, by resource type.
 */
function unrequestedAdditionalFields(
  prepared: PreparedOperation,
  query: ParsedQuery,
  resolve: RefResolver,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, parameter] of prepared.query) {
    const type = /^additional-fields\[(.+)\]$/.exec(name)?.[1];
    if (!type) continue;
    const options = deref(parameter.schema ?? {}, resolve).items?.enum ?? [];
    const requested = new Set((query.values[name] as string[] | undefined) ?? []);
    out[type] = options.map(String).filter((option) => !requested.has(option));
  }
  return out;
}

function omit(resource: unknown, omitted: Record<string, string[]>): void {
  if (!resource || typeof resource !== "object") return;
  const { type, attributes } = resource as Resource;
  const names = typeof type === "string" ? omitted[type] : undefined;
  if (!names || !attributes) return;
  for (const name of names) delete attributes[name];
}

function sparse(resource: unknown, fields: Record<string, string[]>): void {
  if (!resource || typeof resource !== "object") return;
  const { type, attributes } = resource as Resource;
  const wanted = typeof type === "string" ? fields[type] : undefined;
  if (!wanted || !attributes) return;
  // fields[profile]=location.city keeps `location`: the mock trims at the top level only.
  const keep = new Set(wanted.map((field) => field.split(".")[0]));
  for (const name of Object.keys(attributes)) if (!keep.has(name)) delete attributes[name];
}

/** Applies what the client asked the document to look like: `include`, additional and sparse fields. */
export function shapeDocument(
  body: unknown,
  query: ParsedQuery,
  prepared: PreparedOperation,
  resolve: RefResolver,
): void {
  if (!body || typeof body !== "object") return;
  const document = body as { data?: unknown; included?: unknown };
  if (query.include.length === 0) delete document.included;
  const resources = [
    ...(Array.isArray(document.data) ? document.data : [document.data]),
    ...(Array.isArray(document.included) ? document.included : []),
  ];
  const omitted = unrequestedAdditionalFields(prepared, query, resolve);
  for (const resource of resources) {
    omit(resource, omitted);
    sparse(resource, query.fields);
  }
}
