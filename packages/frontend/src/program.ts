/** Builds the TypeScript program for a spec project, the way tsc would. */
import * as path from "node:path";
import ts from "typescript";
import { authoringPackageDir, isAuthoringFile } from "./authoring-package";
import { importGraph, relativeSpecifiers, resolveImport } from "./imports";

/** Where the authoring types live, so specs type-check without an install step. */
function authoringTypesPath(): string {
  return path.join(authoringPackageDir(), "dist", "index.d.ts");
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
  /** Keep a builder program so the next build re-checks only affected files. */
  readonly incremental?: boolean;
}

/** Builder state kept beside each program, so watch mode passes only the program around. */
const builders = new WeakMap<ts.Program, ts.SemanticDiagnosticsBuilderProgram>();

export interface SpecProgram {
  readonly program: ts.Program;
  /** Semantic diagnostics, cached per file across incremental builds. */
  semanticDiagnostics(sf: ts.SourceFile): readonly ts.Diagnostic[];
}

export function createSpecProgram(input: ProgramInput): SpecProgram {
  const options = specCompilerOptions();
  // Without parent pointers at parse time, as tsc does: the binder sets every parent (JSDoc included) when the
  // checker is created, before anything walks the tree, and the parser's extra pass over each file costs about a
  // quarter of the parse.
  const host = ts.createCompilerHost(options);
  if (input.readFile) {
    const base = host.readFile.bind(host);
    const read = input.readFile;
    host.readFile = (f) => read(path.resolve(f)) ?? base(f);
    const baseGet = host.getSourceFile.bind(host);
    host.getSourceFile = (f, lang, onError, shouldCreate) => {
      const text = read(path.resolve(f));
      return text !== undefined ? ts.createSourceFile(f, text, lang) : baseGet(f, lang, onError, shouldCreate);
    };
  }
  const oldBuilder = input.oldProgram && builders.get(input.oldProgram);
  if (input.incremental || oldBuilder) {
    // Reuse unchanged source files of the previous program (no re-parse), like tsc --watch.
    const previous = input.oldProgram;
    host.hasInvalidatedResolutions = resolveAgain(previous);
    if (previous) {
      const baseGet = host.getSourceFile.bind(host);
      host.getSourceFile = (f, lang, onError, shouldCreate) => {
        const old = previous.getSourceFile(f);
        const text = input.readFile?.(path.resolve(f)) ?? host.readFile(f);
        return old && text === old.text ? old : baseGet(f, lang, onError, shouldCreate);
      };
    }
    // The builder compares file versions; the text itself is a version that costs no extra memory.
    const getWithVersion = host.getSourceFile.bind(host);
    host.getSourceFile = (f, lang, onError, shouldCreate) => {
      // `version` is internal to the compiler, hence not in SourceFile's public type.
      const sf: (ts.SourceFile & { version?: string }) | undefined = getWithVersion(f, lang, onError, shouldCreate);
      if (sf && sf.version === undefined) sf.version = sf.text;
      return sf;
    };
    const builder = ts.createSemanticDiagnosticsBuilderProgram([input.entry], options, host, oldBuilder);
    const program = builder.getProgram();
    builders.set(program, builder);
    return { program, semanticDiagnostics: (sf) => builder.getSemanticDiagnostics(sf) };
  }
  const program = ts.createProgram({ rootNames: [input.entry], options, host, ...(input.oldProgram ? { oldProgram: input.oldProgram } : {}) });
  return { program, semanticDiagnostics: (sf) => program.getSemanticDiagnostics(sf) };
}

export { isAuthoringFile };

/**
 * Which files' imports the next program resolves again instead of reusing the previous program's resolutions:
 * those with an import that did not resolve (the file may be back), and all of them when a file an import led
 * to is gone. Without a record of the previous program's imports, all of them.
 */
function resolveAgain(previous: ts.Program | undefined): (file: string) => boolean {
  const graph = previous && importGraph(previous);
  if (!graph) return () => true;
  const key = (f: string) => (ts.sys.useCaseSensitiveFileNames ? path.resolve(f) : path.resolve(f).toLowerCase());
  const failed = new Set(graph.unresolved.map(([file]) => key(file)));
  const gone = [...graph.targets].some((f) => !ts.sys.fileExists(f));
  return (file) => gone || failed.has(key(file));
}

/** Not a lib file, a dependency or the authoring package; node_modules counts only below the project, not in the folders above it. */
const isProjectFile = (program: ts.Program, sf: ts.SourceFile, projectRoot: string) =>
  !program.isSourceFileDefaultLibrary(sf) &&
  !program.isSourceFileFromExternalLibrary(sf) &&
  !path.relative(projectRoot, sf.fileName).split(path.sep).includes("node_modules") &&
  !isAuthoringFile(sf.fileName);

/**
 * The project's own files (no lib files, node_modules or authoring package), in
 * the order the entry lists them: breadth-first over import/export specifiers,
 * so `export * from` order in index.ts is the order of models in every artifact.
 */
export function projectSourceFiles(program: ts.Program, entry: string): ts.SourceFile[] {
  const cache = ts.createModuleResolutionCache(process.cwd(), (f) => f, program.getCompilerOptions());
  const ordered: ts.SourceFile[] = [];
  const seen = new Set<string>();
  const start = program.getSourceFile(entry);
  const projectRoot = path.dirname(path.resolve(entry));
  const queue = start ? [start] : [];
  for (let next = 0; next < queue.length; next++) {
    const sf = queue[next]!;
    if (seen.has(sf.fileName) || !isProjectFile(program, sf, projectRoot)) continue;
    seen.add(sf.fileName);
    ordered.push(sf);
    for (const spec of relativeSpecifiers(sf)) {
      const target = resolveImport(program, sf, spec, cache);
      if (target && !seen.has(target.fileName)) queue.push(target);
    }
  }
  // Files reached another way (triple-slash references) keep program order after those.
  for (const sf of program.getSourceFiles()) if (!seen.has(sf.fileName) && isProjectFile(program, sf, projectRoot)) ordered.push(sf);
  return ordered;
}
