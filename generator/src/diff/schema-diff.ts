import type { Change, SchemaSite } from "./model.js";
import type { Json, Schema } from "@klaviyo-ts/spec-model";
import type { Resolver } from "./resolve.js";
import { withoutRevision } from "./revision-text.js";

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A schema change relative to the schema being compared, before it is placed in an operation. */
export type SchemaDelta =
  | DistributiveOmit<
      Extract<Change, { site: SchemaSite }>,
      "operationId" | "method" | "path" | "site"
    >
  | { kind: "documentation"; pointer: string; schema?: string };

/**
 * A delta plus where it originates: the component it sits in and its path inside it. Klaviyo's
 * condition schemas nest the same components thousands of ways; the origin lets one change be
 * reported once instead of at every path that reaches it.
 */
interface Tracked {
  delta: SchemaDelta;
  origin: string | undefined;
}

/** A schema with its `allOf` merged, so composition and inlining compare equal. */
interface SchemaView {
  type: string;
  format: string | undefined;
  nullable: boolean;
  description: string;
  enum: Json[] | undefined;
  properties: Map<string, Schema>;
  required: Set<string>;
  items: Schema | undefined;
  additionalProperties: Schema | undefined;
  variants: Schema[] | undefined;
}

/**
 * Structural comparison of two schemas, each resolved in its own spec. Results for a pair of
 * `$ref`s are memoised (the same components appear under hundreds of operations), and a pair
 * already being compared further up is skipped, which is what stops recursive schemas.
 */
export class SchemaComparer {
  private readonly memo = new Map<string, Tracked[]>();
  private readonly inProgress = new Set<string>();

  constructor(
    private readonly resolveBefore: Resolver,
    private readonly resolveAfter: Resolver,
  ) {}

  compare(before: Schema | undefined, after: Schema | undefined): SchemaDelta[] {
    const tracked: Tracked[] = [];
    this.compareAt(before, after, "", tracked);
    return deduplicate(tracked).map(({ delta }) => delta);
  }

  /** True when the two schemas differ in nothing but documentation. */
  private sameShape(before: Schema, after: Schema): boolean {
    const tracked: Tracked[] = [];
    this.compareAt(before, after, "", tracked);
    return tracked.every(({ delta }) => delta.kind === "documentation");
  }

  private sameType(before: Schema, after: Schema): boolean {
    return this.view(before, this.resolveBefore).type === this.view(after, this.resolveAfter).type;
  }

  private compareAt(
    before: Schema | undefined,
    after: Schema | undefined,
    pointer: string,
    out: Tracked[],
  ): void {
    // `nullable` beside a `$ref` belongs to this use of the component, not to the component.
    const sameUse = Boolean(before?.nullable) === Boolean(after?.nullable);
    if (before?.$ref !== undefined && after?.$ref !== undefined && sameUse) {
      if (before.description !== undefined || after.description !== undefined) {
        this.compareText(before.description, after.description, pointer, out);
      }
      for (const { delta, origin } of this.compareRefs(before, after)) {
        out.push({ delta: { ...delta, pointer: joinPointer(pointer, delta.pointer) }, origin });
      }
      return;
    }
    const a = this.view(before, this.resolveBefore);
    const b = this.view(after, this.resolveAfter);
    this.compareViews(a, b, pointer, out);
  }

  private compareRefs(a: Schema, b: Schema): Tracked[] {
    const key = `${a.$ref}\n${b.$ref}`;
    const known = this.memo.get(key);
    if (known) return known;
    if (this.inProgress.has(key)) return [];
    this.inProgress.add(key);
    const found: Tracked[] = [];
    this.compareViews(this.view(a, this.resolveBefore), this.view(b, this.resolveAfter), "", found);
    const schema = refName(b.$ref ?? "");
    const tracked = deduplicate(
      found.map(({ delta, origin }) =>
        origin
          ? { delta, origin }
          : { delta: { ...delta, schema }, origin: `${schema}\t${delta.pointer}` },
      ),
    );
    this.inProgress.delete(key);
    this.memo.set(key, tracked);
    return tracked;
  }

  private compareViews(a: SchemaView, b: SchemaView, pointer: string, out: Tracked[]): void {
    this.compareText(a.description, b.description, pointer, out);
    const add = (delta: SchemaDelta): void => {
      out.push({ delta, origin: undefined });
    };
    if (a.type !== b.type) {
      // Below a type change every nested difference is a consequence of it, not news.
      add({ kind: "type-changed", pointer, before: a.type, after: b.type });
      return;
    }
    if (a.nullable !== b.nullable)
      add({ kind: b.nullable ? "nullable-added" : "nullable-removed", pointer });
    if (a.format !== b.format)
      add({ kind: "format-changed", pointer, before: a.format, after: b.format });
    for (const delta of compareEnums(a.enum, b.enum, pointer)) add(delta);
    this.compareProperties(a, b, pointer, out);
    if (a.items || b.items) this.compareAt(a.items, b.items, joinPointer(pointer, "[]"), out);
    if (a.additionalProperties && b.additionalProperties) {
      this.compareAt(
        a.additionalProperties,
        b.additionalProperties,
        joinPointer(pointer, "{}"),
        out,
      );
    }
    if (a.variants && b.variants) this.compareVariants(a.variants, b.variants, pointer, out);
  }

  private compareProperties(a: SchemaView, b: SchemaView, pointer: string, out: Tracked[]): void {
    const names = [...new Set([...a.properties.keys(), ...b.properties.keys()])].sort();
    for (const name of names) {
      const at = joinPointer(pointer, name);
      const before = a.properties.get(name);
      const after = b.properties.get(name);
      if (!before) {
        out.push({
          delta: { kind: "property-added", pointer: at, required: b.required.has(name) },
          origin: undefined,
        });
      } else if (!after) {
        out.push({ delta: { kind: "property-removed", pointer: at }, origin: undefined });
      } else {
        if (a.required.has(name) !== b.required.has(name)) {
          const kind = b.required.has(name) ? "required-added" : "required-removed";
          out.push({ delta: { kind, pointer: at }, origin: undefined });
        }
        this.compareAt(before, after, at, out);
      }
    }
  }

  /**
   * Pairs the variants of two unions: by component name, then (Klaviyo renames components
   * between revisions) by identical shape, then by position and type among those still unpaired.
   */
  private compareVariants(a: Schema[], b: Schema[], pointer: string, out: Tracked[]): void {
    const unpairedBefore = a.map((schema, index) => ({ schema, index }));
    const unpairedAfter = b.map((schema, index) => ({ schema, index }));
    const pairs: Array<[Schema, Schema, number]> = [];
    const pairWhere = (matches: (x: Schema, y: Schema, i: number, j: number) => boolean): void => {
      for (let i = 0; i < unpairedBefore.length; i++) {
        const before = unpairedBefore[i];
        if (!before) continue;
        const j = unpairedAfter.findIndex(
          (after) => after && matches(before.schema, after.schema, before.index, after.index),
        );
        const after = unpairedAfter[j];
        if (!after) continue;
        pairs.push([before.schema, after.schema, after.index]);
        unpairedBefore.splice(i--, 1);
        unpairedAfter.splice(j, 1);
      }
    };
    pairWhere((x, y) => x.$ref !== undefined && x.$ref === y.$ref);
    pairWhere((x, y) => this.sameShape(x, y));
    pairWhere((x, y, i, j) => i === j && this.sameType(x, y));
    for (const [before, after, index] of pairs.sort((p, q) => p[2] - q[2])) {
      this.compareAt(before, after, joinPointer(pointer, `<${variantLabel(after, index)}>`), out);
    }
    for (const { schema, index } of unpairedBefore) {
      const variant = variantLabel(schema, index);
      out.push({ delta: { kind: "variant-removed", pointer, variant }, origin: undefined });
    }
    for (const { schema, index } of unpairedAfter) {
      const variant = variantLabel(schema, index);
      out.push({ delta: { kind: "variant-added", pointer, variant }, origin: undefined });
    }
  }

  private compareText(
    before: string | undefined,
    after: string | undefined,
    pointer: string,
    out: Tracked[],
  ): void {
    if (withoutRevision(before) !== withoutRevision(after)) {
      out.push({ delta: { kind: "documentation", pointer }, origin: undefined });
    }
  }

  private view(schema: Schema | undefined, resolve: Resolver, depth = 0): SchemaView {
    const own = resolve(schema) ?? {};
    const view: SchemaView = {
      type: "",
      format: own.format,
      nullable: own.nullable === true || schema?.nullable === true,
      description: own.description ?? "",
      enum: own.enum,
      properties: new Map(Object.entries(own.properties ?? {})),
      required: new Set(own.required ?? []),
      items: own.items,
      additionalProperties:
        typeof own.additionalProperties === "object" ? own.additionalProperties : undefined,
      variants: own.oneOf ?? own.anyOf,
    };
    let declaredType = own.type;
    // allOf members are merged into one view; the depth guard stops a malformed self-including allOf.
    for (const member of depth < 8 ? (own.allOf ?? []) : []) {
      const part = this.view(member, resolve, depth + 1);
      for (const [name, property] of part.properties) {
        if (!view.properties.has(name)) view.properties.set(name, property);
      }
      for (const name of part.required) view.required.add(name);
      if (part.type !== "any") declaredType ??= part.type;
      view.format ??= part.format;
      view.nullable ||= part.nullable;
      view.enum ??= part.enum;
      view.items ??= part.items;
      view.additionalProperties ??= part.additionalProperties;
      view.variants ??= part.variants;
    }
    view.type = typeOf(declaredType, view, own);
    return view;
  }
}

function deduplicate(tracked: readonly Tracked[]): Tracked[] {
  const seen = new Set<string>();
  return tracked.filter(({ delta, origin }) => {
    if (origin === undefined) return true;
    const key = `${origin}\t${JSON.stringify({ ...delta, pointer: "", schema: "" })}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The type as compared and shown: a declared or implied type, "any" for an untyped schema, and
 * for a union either its member types ("integer | string") when they are all plain, or
 * "oneOf"/"anyOf" when its variants are compared one by one.
 */
function typeOf(declared: string | undefined, view: SchemaView, own: Schema): string {
  if (view.variants) {
    const plain = view.variants.map((v) => (isPlain(v) ? v.type : undefined));
    if (plain.every((type) => type !== undefined)) return plain.join(" | ");
    return own.anyOf && !own.oneOf ? "anyOf" : "oneOf";
  }
  if (declared) return declared;
  if (view.properties.size > 0 || view.additionalProperties) return "object";
  if (view.items) return "array";
  return "any";
}

function isPlain(schema: Schema): boolean {
  return (
    typeof schema.type === "string" &&
    schema.type !== "object" &&
    schema.type !== "array" &&
    !schema.$ref &&
    !schema.enum &&
    !schema.allOf &&
    !schema.oneOf &&
    !schema.anyOf
  );
}

function compareEnums(
  before: Json[] | undefined,
  after: Json[] | undefined,
  pointer: string,
): SchemaDelta[] {
  if (!before && !after) return [];
  if (!before) return [{ kind: "enum-introduced", pointer, values: after ?? [] }];
  if (!after) return [{ kind: "enum-dropped", pointer, values: before }];
  // Enums are sets: Klaviyo reorders them between revisions without changing their meaning.
  const keysBefore = new Set(before.map((v) => JSON.stringify(v)));
  const keysAfter = new Set(after.map((v) => JSON.stringify(v)));
  const added = after.filter((v) => !keysBefore.has(JSON.stringify(v)));
  const removed = before.filter((v) => !keysAfter.has(JSON.stringify(v)));
  const deltas: SchemaDelta[] = [];
  if (added.length > 0) deltas.push({ kind: "enum-values-added", pointer, values: added });
  if (removed.length > 0) deltas.push({ kind: "enum-values-removed", pointer, values: removed });
  return deltas;
}

function variantLabel(schema: Schema, index: number): string {
  return schema.$ref ? refName(schema.$ref) : `#${index + 1}`;
}

function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf("/") + 1);
}

/** "data" + "attributes" -> "data.attributes"; "data" + "[]" -> "data[]"; "" + "x" -> "x". */
export function joinPointer(prefix: string, rest: string): string {
  if (!prefix) return rest;
  if (!rest) return prefix;
  return /^[[<{]/.test(rest) ? `${prefix}${rest}` : `${prefix}.${rest}`;
}

/** "query include" + "[]" -> "query include[]"; "response 200" + "data.id" -> "response 200 data.id". */
export function placeOf(label: string, pointer: string): string {
  if (!pointer) return label;
  return /^[[<{]/.test(pointer) ? `${label}${pointer}` : `${label} ${pointer}`;
}
