import type { Random } from "../random.js";
import { deref, type RefResolver, type Schema } from "./types.js";

/** Past this depth only required properties and minimal arrays are generated: the spec has cycles. */
const SHALLOW_DEPTH = 6;
const EPOCH = Date.UTC(2024, 0, 1);
const YEAR_MS = 365 * 24 * 3600 * 1000;
/** Fields whose spec example would make every generated resource look the same. */
const UNIQUE_NAME = /(^id$|_id$|email)/;

export interface GenerateContext {
  random: Random;
  resolve: RefResolver;
}

const mergedCache = new WeakMap<Schema, Schema>();

/** allOf parts become one schema, so an object's properties from every part are generated together. */
export function mergeAllOf(schema: Schema, resolve: RefResolver): Schema {
  const s = deref(schema, resolve);
  if (!s.allOf) return s;
  const cached = mergedCache.get(s);
  if (cached) return cached;
  const result = mergeParts(s, resolve);
  mergedCache.set(s, result);
  return result;
}

function mergeParts(s: Schema, resolve: RefResolver): Schema {
  const { allOf = [], ...rest } = s;
  let merged: Schema = rest;
  for (const part of allOf) merged = mergeTwo(merged, mergeAllOf(part, resolve), resolve);
  return merged;
}

function mergeTwo(a: Schema, b: Schema, resolve: RefResolver): Schema {
  const properties: Record<string, Schema> = { ...a.properties };
  for (const [name, schema] of Object.entries(b.properties ?? {})) {
    const existing = properties[name];
    properties[name] = existing
      ? mergeTwo(mergeAllOf(existing, resolve), mergeAllOf(schema, resolve), resolve)
      : schema;
  }
  const required = [...new Set([...(a.required ?? []), ...(b.required ?? [])])];
  const nullable = Boolean(a.nullable) || Boolean(b.nullable);
  const merged: Schema = { ...a, ...b, properties, required };
  if (nullable) merged.nullable = true;
  if (!a.properties && !b.properties) delete merged.properties;
  return merged;
}

/** A value valid against `schema`, drawn from the context's PRNG. */
export function generateValue(schema: Schema, ctx: GenerateContext, name = "", depth = 0): unknown {
  const s = mergeAllOf(schema, ctx.resolve);
  const alternatives = s.oneOf ?? s.anyOf;
  if (alternatives) return generateAlternative(alternatives, ctx, name, depth);
  if (s.enum) return ctx.random.pick(s.enum.filter((option) => option !== null));
  if (
    s.example !== undefined &&
    !UNIQUE_NAME.test(name) &&
    isPrimitive(s.example) &&
    onlyTyped(s, s.example)
  ) {
    return s.example;
  }
  const type = s.type ?? (s.properties ? "object" : undefined);
  switch (type) {
    case "string":
      return generateString(s, ctx, name);
    case "integer":
      return ctx.random.int(s.minimum ?? 0, s.maximum ?? Math.max(s.minimum ?? 0, 0) + 1000);
    case "number": {
      const min = s.minimum ?? 0;
      const max = s.maximum ?? min + 1000;
      return Math.round((min + ctx.random.next() * (max - min)) * 100) / 100;
    }
    case "boolean":
      return ctx.random.next() < 0.5;
    case "array":
      return generateArray(s, ctx, name, depth);
    case "object":
      return generateObject(s, ctx, depth);
    default:
      return s.example !== undefined ? s.example : `${name || "value"}-${ctx.random.hex(6)}`;
  }
}

function isPrimitive(value: unknown): boolean {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

/**
 * The spec's example is used only where nothing but its type constrains the value: some examples
 * break their own schema's format or bounds, and checking them would need the validator (which
 * loads on demand) on every first answer. Constrained values are generated instead.
 */
function onlyTyped(s: Schema, value: unknown): boolean {
  const constrained =
    s.format !== undefined ||
    s.minLength !== undefined ||
    s.maxLength !== undefined ||
    s.minimum !== undefined ||
    s.maximum !== undefined;
  if (constrained) return false;
  if (s.type === "integer") return Number.isInteger(value);
  return s.type === undefined || typeof value === s.type;
}

function generateAlternative(
  alternatives: readonly Schema[],
  ctx: GenerateContext,
  name: string,
  depth: number,
): unknown {
  return generateValue(ctx.random.pick(alternatives), ctx, name, depth);
}

function generateString(s: Schema, ctx: GenerateContext, name: string): string {
  switch (s.format) {
    case "date-time":
      return new Date(EPOCH + Math.floor(ctx.random.next() * YEAR_MS)).toISOString();
    case "date":
      return new Date(EPOCH + Math.floor(ctx.random.next() * YEAR_MS)).toISOString().slice(0, 10);
    case "time":
      return new Date(EPOCH + Math.floor(ctx.random.next() * 86_400_000))
        .toISOString()
        .slice(11, 19);
    case "uri":
      return `https://example.com/${name || "resource"}/${ctx.random.hex(8)}`;
    default:
      break;
  }
  if (name.includes("email")) return `user-${ctx.random.hex(8)}@example.com`;
  if (name === "id" || name.endsWith("_id")) return ctx.random.hex(26).toUpperCase();
  const text = `${name || "text"}-${ctx.random.hex(6)}`;
  return s.maxLength !== undefined ? text.slice(0, s.maxLength) : text;
}

function generateArray(s: Schema, ctx: GenerateContext, name: string, depth: number): unknown[] {
  const min = s.minItems ?? 0;
  const max = Math.min(s.maxItems ?? min + 2, depth >= SHALLOW_DEPTH ? min : min + 2);
  const length = ctx.random.int(min, Math.max(min, max));
  const items: unknown[] = [];
  for (let i = 0; i < length; i++) items.push(generateValue(s.items ?? {}, ctx, name, depth + 1));
  return items;
}

function generateObject(s: Schema, ctx: GenerateContext, depth: number): Record<string, unknown> {
  if (!s.properties) {
    return s.example && typeof s.example === "object" && !Array.isArray(s.example)
      ? structuredClone(s.example as Record<string, unknown>)
      : {};
  }
  const required = new Set(s.required ?? []);
  const out: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(s.properties)) {
    if (!required.has(name) && depth >= SHALLOW_DEPTH) continue;
    out[name] = generateValue(property, ctx, name, depth + 1);
  }
  return out;
}
