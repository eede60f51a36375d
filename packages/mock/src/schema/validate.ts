import type { Ajv, ErrorObject, ValidateFunction } from "ajv";
import type { FormatsPlugin } from "ajv-formats";
import { toJsonSchema } from "./openapi-to-json-schema.js";
import type { RefResolver, Schema } from "./types.js";

export interface SchemaIssue {
  /** JSON pointer into the validated value, "" for the value itself. */
  pointer: string;
  detail: string;
}

/**
 * Klaviyo's datetimes: ISO 8601 / RFC 3339 with uppercase letters, a `T` or a space between date
 * and time, and the zone optional (https://developers.klaviyo.com/en/docs/datetimes_ lists
 * `2023-08-15T12:30:00`, `2023-08-15 12:30:00Z` and `2023-08-15T12:30:00+03:00`). ajv-formats'
 * date-time demands a zone, which would refuse requests Klaviyo takes; its `date` still checks
 * the calendar date (group 1), so that 2024-13-01 or 2023-02-29 is refused.
 */
const KLAVIYO_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[T ]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/;

const KLAVIYO_TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/;

interface AjvModules {
  Ajv: typeof Ajv;
  addFormats: FormatsPlugin;
}

let modules: AjvModules | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads ajv on demand: importing it costs more than the rest of the mock's start-up, and only
 * requests with a query string or a body need it. The request pipeline awaits this first.
 */
export function loadValidator(): Promise<void> {
  loading ??= Promise.all([import("ajv"), import("ajv-formats")]).then(([ajv, formats]) => {
    // ajv-formats is CommonJS with `exports.default`: under NodeNext the default import is the
    // module object, in a bundle it is the plugin.
    const plugin = formats.default as unknown as { default?: FormatsPlugin } & FormatsPlugin;
    modules = { Ajv: ajv.Ajv, addFormats: plugin.default ?? plugin };
  });
  return loading;
}

/**
 * Request validation by ajv against one revision's spec. Nothing is compiled up front: a schema is
 * converted and compiled on its first use (an operation's first request), and each component it
 * references is registered with ajv when first met, so start-up costs nothing.
 */
class SpecValidator {
  readonly #ajv: Ajv;
  readonly #registered = new Set<string>();
  readonly #compiled = new WeakMap<Schema, ValidateFunction>();

  constructor(
    { Ajv, addFormats }: AjvModules,
    private readonly resolve: RefResolver,
  ) {
    // strict: false because OpenAPI documents carry keywords JSON Schema lacks (discriminators,
    // vendor extensions in nested places); validateSchema: false because the spec is trusted and
    // meta-validating it would cost more than validating requests.
    this.#ajv = new Ajv({ strict: false, validateSchema: false, allErrors: false });
    addFormats(this.#ajv, ["date", "uri", "email"]);
    // In its default "full" mode ajv-formats defines `date` by a function that knows the calendar.
    const { validate: isDate } = addFormats.get("date") as { validate: (value: string) => boolean };
    this.#ajv.addFormat("date-time", (value: string) => {
      const calendarDate = KLAVIYO_DATE_TIME.exec(value)?.[1];
      return calendarDate !== undefined && isDate(calendarDate);
    });
    // ajv-formats' "time" demands a zone; Klaviyo's times of day (flow delays) have none.
    this.#ajv.addFormat("time", KLAVIYO_TIME);
    this.#ajv.addFormat("binary", true);
  }

  #ref = (ref: string): string => {
    const id = `https://spec.klaviyo.invalid/${encodeURIComponent(ref)}`;
    if (!this.#registered.has(id)) {
      this.#registered.add(id);
      this.#ajv.addSchema({ $id: id, ...toJsonSchema(this.resolve(ref), this.#ref) });
    }
    return id;
  };

  validate(schema: Schema, value: unknown): SchemaIssue | undefined {
    let check = this.#compiled.get(schema);
    if (!check) {
      check = this.#ajv.compile(toJsonSchema(schema, this.#ref));
      this.#compiled.set(schema, check);
    }
    if (check(value)) return undefined;
    return issueOf(check.errors ?? [], value);
  }
}

const validators = new WeakMap<RefResolver, SpecValidator>();

/**
 * Validates `value` against an OpenAPI schema of the spec `resolve` reads from; returns the first
 * problem, as Klaviyo reports one error at a time, or undefined. Needs loadValidator() first.
 */
export function validateSchema(
  schema: Schema,
  value: unknown,
  resolve: RefResolver,
): SchemaIssue | undefined {
  let validator = validators.get(resolve);
  if (!validator) {
    if (!modules) throw new Error("The request validator is used before loadValidator() resolved.");
    validator = new SpecValidator(modules, resolve);
    validators.set(resolve, validator);
  }
  return validator.validate(schema, value);
}

function at(value: unknown, pointer: string): unknown {
  let node = value;
  for (const part of pointer.split("/").slice(1)) {
    const key = part.replace(/~1/g, "/").replace(/~0/g, "~");
    node = (node as Record<string, unknown> | undefined)?.[key];
  }
  return node;
}

function child(pointer: string, key: string): string {
  return `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/**
 * ajv reports every branch of a failed anyOf before the anyOf itself; the deepest error is the
 * one that names the field the caller got wrong.
 */
function issueOf(errors: readonly ErrorObject[], value: unknown): SchemaIssue {
  const concrete = errors.filter((e) => e.keyword !== "anyOf" && e.keyword !== "if");
  const pointerOf = (e: ErrorObject): string =>
    e.keyword === "required"
      ? child(e.instancePath, String(e.params.missingProperty))
      : e.keyword === "additionalProperties"
        ? child(e.instancePath, String(e.params.additionalProperty))
        : e.instancePath;
  const deepest = [...concrete].sort((a, b) => pointerOf(b).length - pointerOf(a).length)[0];
  const anyOf = errors.find((e) => e.keyword === "anyOf");
  if (!deepest || (anyOf && pointerOf(deepest) === anyOf.instancePath && concrete.length > 1)) {
    return {
      pointer: anyOf?.instancePath ?? "",
      detail: "Does not match any of the allowed shapes.",
    };
  }
  const pointer = pointerOf(deepest);
  return { pointer, detail: describe(deepest, at(value, deepest.instancePath)) };
}

function describe(error: ErrorObject, actual: unknown): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return "This field is required.";
    case "additionalProperties":
      return `'${String(params.additionalProperty)}' is not a valid field.`;
    case "enum":
      return `'${String(actual)}' is not one of ${(params.allowedValues as unknown[]).map(String).join(", ")}.`;
    case "type":
      return actual === null
        ? "May not be null."
        : `Expected ${String(params.type)}, got ${typeOf(actual)}.`;
    case "format":
      return params.format === "date-time"
        ? `'${String(actual)}' is not a valid ISO 8601 date-time.`
        : `'${String(actual)}' is not a valid ${String(params.format)}.`;
    default:
      return `${error.message ?? "is invalid"}.`.replace(/^./, (c) => c.toUpperCase());
  }
}
