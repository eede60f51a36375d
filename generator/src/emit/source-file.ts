import { IndentationText, NewLineKind, Project, QuoteKind, type SourceFile } from "ts-morph";

let project: Project | undefined;

/**
 * Builds one TypeScript file with ts-morph and returns its text. The in-memory project is shared
 * and each file removed after printing, so emitting hundreds of files stays cheap. The settings
 * match the repository's prettier style, so generated code needs no formatter pass.
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
