import { fileURLToPath } from "node:url";
import ts from "typescript";

/**
 * A consumer's strict project of one file, `source`, compiled against the published declarations
 * (the package imported by its own name); `options` are the consumer's own on top of strict.
 * The file's diagnostics, with their 0-based line in `source`.
 */
export function consumerDiagnostics(
  source: string,
  options: ts.CompilerOptions = {},
): { line: number; message: string }[] {
  const consumer = fileURLToPath(new URL("../consumer.ts", import.meta.url));
  const compilerOptions: ts.CompilerOptions = {
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    ...options,
  };
  const host = ts.createCompilerHost(compilerOptions);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (file) => file === consumer || fileExists.call(host, file);
  host.readFile = (file) => (file === consumer ? source : readFile.call(host, file));
  host.getSourceFile = (file, language, ...rest) =>
    file === consumer
      ? ts.createSourceFile(file, source, language)
      : getSourceFile.call(host, file, language, ...rest);
  const program = ts.createProgram([consumer], compilerOptions, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ({
    line:
      d.file?.fileName === consumer && d.start !== undefined
        ? d.file.getLineAndCharacterOfPosition(d.start).line
        : -1,
    message: ts.flattenDiagnosticMessageText(d.messageText, "\n"),
  }));
}
