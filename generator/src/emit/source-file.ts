import {
  CodeBlockWriter,
  IndentationText,
  NewLineKind,
  Project,
  QuoteKind,
  type SourceFile,
  type WriterFunction,
} from "ts-morph";

let project: Project | undefined;

/**
 * Builds one generated TypeScript module with ts-morph and returns its text: every emitter adds
 * imports, declarations and their docs as ts-morph structures, and data (operation metadata, rate
 * limit tables) as `literal` initializers, so no emitter lays out code as text.
 *
 * Generated code is deliberately not run through prettier (it is prettier-ignored): formatting the
 * operation modules and entry of one revision took 1.5–2.4 s on top of a ~2.8 s generation
 * (measured 2026-11-30), which breaks the "<= 2x openapi-typescript" generation budget. The layout
 * is ts-morph's own (two-space indent, one object property a line, arrays on one line), not an
 * imitation of prettier's.
 *
 * The in-memory project is shared and each file removed after printing, so emitting hundreds of
 * files stays cheap.
 */
export function buildSourceFile(header: string, build: (file: SourceFile) => void): string {
  project ??= new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      quoteKind: QuoteKind.Double,
    },
  });
  const file = project.createSourceFile("emit.ts", "", { overwrite: true });
  build(file);
  const text = `${header}\n${file.getFullText()}`;
  project.removeSourceFile(file);
  return text;
}

/** A `const` whose initializer may span lines (operation metadata, a rate-limit table). */
export interface ConstStatement {
  isExported?: boolean;
  name: string;
  type?: string;
  docs?: string;
  initializer: string | WriterFunction;
}

/**
 * A const as a statement writer for `SourceFile.addStatements`. ts-morph's variable
 * statement structure writes its initializer with a hanging indent, which pushes a multi-line
 * initializer's lines one level deeper than its closing brace; written as a statement, a block
 * indents from the statement as a reader expects.
 */
export function constStatement({
  isExported = false,
  name,
  type,
  docs,
  initializer,
}: ConstStatement): WriterFunction {
  return (writer) => {
    if (docs !== undefined) writeDocs(writer, docs);
    writer.write(`${isExported ? "export " : ""}const ${name}${type ? `: ${type}` : ""} = `);
    if (typeof initializer === "string") writer.write(initializer);
    else initializer(writer);
    writer.write(";");
  };
}

function writeDocs(writer: CodeBlockWriter, docs: string): void {
  const lines = docs.split("\n");
  if (lines.length === 1) {
    writer.writeLine(`/** ${lines[0]} */`);
    return;
  }
  writer.writeLine("/**");
  for (const line of lines) writer.writeLine(line ? ` * ${line}` : " *");
  writer.writeLine(" */");
}

/**
 * JSON-like data as a TypeScript expression for a `constStatement` initializer or another writer:
 * objects one property a line with identifier keys unquoted, arrays on one line, `undefined`
 * properties left out.
 */
export function literal(value: unknown): WriterFunction {
  return (writer) => writeLiteral(writer, value);
}

/** The text `literal` writes at the top level, for tests and callers that need a string. */
export function printLiteral(value: unknown): string {
  const writer = new CodeBlockWriter({ indentNumberOfSpaces: 2, useTabs: false });
  writeLiteral(writer, value);
  return writer.toString();
}

/** Code that `literal` writes as it is, within data: the name of an imported helper. */
export class Code {
  constructor(readonly text: string) {}
}

function writeLiteral(writer: CodeBlockWriter, value: unknown): void {
  if (value instanceof Code) {
    writer.write(value.text);
    return;
  }
  if (Array.isArray(value)) {
    writer.write("[");
    value.forEach((item, index) => {
      if (index > 0) writer.write(", ");
      writeLiteral(writer, item);
    });
    writer.write("]");
    return;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) {
      writer.write("{}");
      return;
    }
    writer.inlineBlock(() => {
      for (const [key, item] of entries) {
        writer.write(`${printKey(key)}: `);
        writeLiteral(writer, item);
        writer.write(",").newLine();
      }
    });
    return;
  }
  writer.write(JSON.stringify(value) ?? "undefined");
}

function printKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}
