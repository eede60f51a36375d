import type { FilterGrammar } from "../spec/operations.js";
import { validateSchema } from "../schema/validate.js";
import type { RefResolver } from "../schema/types.js";

export type FilterValue =
  | { type: "string"; value: string }
  | { type: "number"; value: number }
  | { type: "boolean"; value: boolean }
  | { type: "null"; value: null }
  | { type: "datetime"; value: string }
  | { type: "list"; value: FilterValue[] };

export type FilterNode =
  | { kind: "and" | "or"; children: FilterNode[] }
  | { kind: "not"; child: FilterNode }
  | { kind: "condition"; operator: string; field: string; value?: FilterValue };

export class FilterSyntaxError extends Error {}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Parses Klaviyo's filter language: `equals(email,'a@b.com'),any(id,['1','2'])`, and/or/not. */
export function parseFilter(text: string): FilterNode {
  const parser = new Parser(text);
  const nodes = [parser.call()];
  while (parser.peek() === ",") {
    parser.expect(",");
    nodes.push(parser.call());
  }
  parser.end();
  return nodes.length === 1 ? (nodes[0] as FilterNode) : { kind: "and", children: nodes };
}

class Parser {
  #pos = 0;
  constructor(readonly text: string) {}

  peek(): string | undefined {
    this.#skipSpace();
    return this.text[this.#pos];
  }

  expect(char: string): void {
    if (this.peek() !== char) this.#fail(`expected '${char}'`);
    this.#pos++;
  }

  end(): void {
    if (this.peek() !== undefined) this.#fail("unexpected trailing input");
  }

  call(): FilterNode {
    const name = this.#word();
    this.expect("(");
    if (name === "and" || name === "or") {
      const children = [this.call()];
      while (this.peek() === ",") {
        this.expect(",");
        children.push(this.call());
      }
      this.expect(")");
      return { kind: name, children };
    }
    if (name === "not") {
      const child = this.call();
      this.expect(")");
      return { kind: "not", child };
    }
    const field = this.#word();
    let value: FilterValue | undefined;
    if (this.peek() === ",") {
      this.expect(",");
      value = this.#value();
    }
    this.expect(")");
    return { kind: "condition", operator: name, field, value };
  }

  #value(): FilterValue {
    const next = this.peek();
    if (next === "'" || next === '"') return { type: "string", value: this.#quoted(next) };
    if (next === "[") {
      this.expect("[");
      const items: FilterValue[] = [];
      if (this.peek() !== "]") {
        items.push(this.#value());
        while (this.peek() === ",") {
          this.expect(",");
          items.push(this.#value());
        }
      }
      this.expect("]");
      return { type: "list", value: items };
    }
    const token = this.#bare();
    if (token === "true" || token === "false") return { type: "boolean", value: token === "true" };
    if (token === "null") return { type: "null", value: null };
    if (/^-?\d+(\.\d+)?$/.test(token)) return { type: "number", value: Number(token) };
    if (DATE_TIME.test(token)) return { type: "datetime", value: token };
    this.#fail(`unrecognised value '${token}' (strings must be quoted)`);
  }

  #quoted(quote: string): string {
    this.#pos++;
    let out = "";
    while (this.#pos < this.text.length) {
      const char = this.text[this.#pos++] as string;
      if (char === "\\" && this.#pos < this.text.length) out += this.text[this.#pos++];
      else if (char === quote) return out;
      else out += char;
    }
    this.#fail("unterminated string");
  }

  #word(): string {
    this.#skipSpace();
    const match = /^[A-Za-z_$][\w.$-]*/.exec(this.text.slice(this.#pos));
    if (!match) this.#fail("expected a name");
    this.#pos += match[0].length;
    return match[0];
  }

  #bare(): string {
    this.#skipSpace();
    const match = /^[^,()[\]\s]+/.exec(this.text.slice(this.#pos));
    if (!match) this.#fail("expected a value");
    this.#pos += match[0].length;
    return match[0];
  }

  #skipSpace(): void {
    while (this.text[this.#pos] === " ") this.#pos++;
  }

  #fail(message: string): never {
    throw new FilterSyntaxError(`Invalid filter at position ${this.#pos}: ${message}.`);
  }
}

/** Checks a parsed filter against the operation's x-klaviyo-filters grammar; returns a problem or undefined. */
export function checkFilter(
  node: FilterNode,
  grammar: FilterGrammar | undefined,
  resolve: RefResolver,
): string | undefined {
  if (node.kind === "not") return checkFilter(node.child, grammar, resolve);
  if (node.kind !== "condition") {
    return node.children.map((child) => checkFilter(child, grammar, resolve)).find(Boolean);
  }
  // Without a documented grammar only the syntax can be checked.
  if (!grammar) return undefined;
  const field = grammar[node.field];
  if (!field) return `'${node.field}' is not a valid filter field for this endpoint.`;
  // The spec's "single"/"list" operator groups do not split by value shape (coupon.id lists
  // `equals` only under "list", yet its documented example is `equals(coupon.id,'10OFF')`).
  const { single = [], list = [], none = [] } = field.operators;
  const allowed = [...new Set([...single, ...list, ...none])];
  if (!allowed.includes(node.operator)) {
    return `'${node.operator}' is not a valid operator for '${node.field}'; use ${allowed.join(", ") || "no operator"}.`;
  }
  if (node.value === undefined) {
    return none.includes(node.operator) ? undefined : `'${node.operator}' needs a value.`;
  }
  if (
    none.includes(node.operator) &&
    !single.includes(node.operator) &&
    !list.includes(node.operator)
  ) {
    return `'${node.operator}' takes no value.`;
  }
  const values = node.value.type === "list" ? node.value.value : [node.value];
  for (const value of values) {
    if (field.value && !valueFits(value, field.value, resolve)) {
      return `Invalid value for '${node.field}': expected ${describe(field.value)}.`;
    }
  }
  return undefined;
}

function valueFits(
  value: FilterValue,
  schema: NonNullable<FilterGrammar[string]["value"]>,
  resolve: RefResolver,
): boolean {
  if (value.type === "null") return true;
  if (schema.format === "date-time") return value.type === "datetime";
  if (value.type === "list" || value.type === "datetime") return false;
  return validateSchema(schema, value.value, resolve) === undefined;
}

function describe(schema: NonNullable<FilterGrammar[string]["value"]>): string {
  if (schema.enum) return `one of ${schema.enum.map(String).join(", ")}`;
  if (schema.format === "date-time") return "an unquoted ISO 8601 date-time";
  if (schema.type === "string") return "a quoted string";
  return `a ${schema.type ?? "value"}`;
}
