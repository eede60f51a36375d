import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule, { type FormatsPlugin } from "ajv-formats";

/**
 * Checks the mock's answers against the spec with ajv, independently of the mock's own validator:
 * the whole document is converted once (OpenAPI 3.0 `nullable` to JSON Schema) and each response
 * schema is compiled by its JSON pointer into it.
 */
const addFormats: FormatsPlugin =
  (addFormatsModule as unknown as { default?: FormatsPlugin }).default ??
  (addFormatsModule as unknown as FormatsPlugin);

function convert(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convert);
  if (!node || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    // oneOf as anyOf: Klaviyo's branches overlap (see the mock's README); a generated value that
    // matches two branches is still a document Klaviyo sends.
    out[key === "oneOf" ? "anyOf" : key] = convert(value);
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === "string" && out.$ref === undefined) {
      out.type = [out.type, "null"];
      if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
    } else return { anyOf: [out, { type: "null" }] };
  }
  return out;
}

const escape = (part: string) => part.replace(/~/g, "~0").replace(/\//g, "~1");

export function responseChecker(
  spec: object,
): (path: string, method: string, status: number | string, body: unknown) => string | undefined {
  const ajv = new Ajv({ strict: false, validateSchema: false, allErrors: true });
  // Klaviyo's datetimes may omit the zone (https://developers.klaviyo.com/en/docs/datetimes_).
  addFormats(ajv, ["date", "uri"]);
  // Times of day without a zone (flow delays), as ajv-formats' "iso-time" allows.
  ajv.addFormat("time", /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/);
  ajv.addFormat(
    "date-time",
    /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/,
  );
  ajv.addSchema(convert(spec) as object, "https://spec.test/");
  const compiled = new Map<string, ValidateFunction>();
  return (path, method, status, body) => {
    const pointer = `#/paths/${escape(path)}/${method.toLowerCase()}/responses/${status}/content/application~1vnd.api+json/schema`;
    let check = compiled.get(pointer);
    if (!check) {
      check = ajv.compile({ $ref: `https://spec.test/${pointer}` });
      compiled.set(pointer, check);
    }
    return check(body) ? undefined : ajv.errorsText(check.errors);
  };
}
