/** Builds the TypeScript program for a spec project, the way tsc would. */
import * as path from "node:path";
import ts from "typescript";

/** Where the authoring types live, so specs type-check without an install step. */
function authoringTypesPath(): string {
  const pkg = require.resolve("specloom/package.json");
  return path.join(path.dirname(pkg), "dist", "index.d.ts");
}

/** Compiler options for spec sources: strict, no emit, bundler-style imports. */
export function specCompilerOptions(): ts.CompilerOptions {
  return {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts"],
    types: [],
    skipLibCheck: true,
    noUnusedLocals: false,
    paths: { specloom: [authoringTypesPath()] },
  };
}

export interface ProgramInput {
  readonly entry: string;
  readonly oldProgram?: ts.Program;
  readonly readFile?: (absPath: string) => string | undefined;
}

export function createSpecProgram(input: ProgramInput): ts.Program {
  const options = specCompilerOptions();
  const host = ts.createCompilerHost(options, true);
  if (input.readFile) {
    const base = host.readFile.bind(host);
    const read = input.readFile;
    host.readFile = (f) => read(path.resolve(f)) ?? base(f);
    const baseGet = host.getSourceFile.bind(host);
    host.getSourceFile = (f, lang, onError, shouldCreate) => {
      const text = read(path.resolve(f));
      return text !== undefined ? ts.createSourceFile(f, text, lang, true) : baseGet(f, lang, onError, shouldCreate);
    };
  }
  return ts.createProgram({ rootNames: [input.entry], options, host, oldProgram: input.oldProgram });
}

/** The project's own files: not lib files, not node_modules, not the authoring package. */
export function projectSourceFiles(program: ts.Program): ts.SourceFile[] {
  return program
    .getSourceFiles()
    .filter((sf) => !program.isSourceFileDefaultLibrary(sf) && !program.isSourceFileFromExternalLibrary(sf) && !/[\\/]node_modules[\\/]|[\\/]packages[\\/]specloom[\\/]/.test(sf.fileName));
}
