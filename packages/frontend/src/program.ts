/** Builds the TypeScript program for a spec project, the way tsc would. */
import * as path from "node:path";
import ts from "typescript";
import { authoringPackageDir, isAuthoringFile } from "./authoring-package";

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
  const oldBuilder = input.oldProgram && builders.get(input.oldProgram);
  if (input.incremental || oldBuilder) {
    // Reuse unchanged source files of the previous program (no re-parse), like tsc --watch.
    const previous = input.oldProgram;
    // Re-resolve imports every cycle: a reused failed resolution would keep "Cannot find module" after the file comes back.
    host.hasInvalidatedResolutions = () => true;
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
  const options = program.getCompilerOptions();
  const host = { fileExists: (f: string) => ts.sys.fileExists(f), readFile: (f: string) => ts.sys.readFile(f) };
  const cache = ts.createModuleResolutionCache(process.cwd(), (f) => f, options);
  const ordered: ts.SourceFile[] = [];
  const seen = new Set<string>();
  const start = program.getSourceFile(entry);
  const projectRoot = path.dirname(path.resolve(entry));
  const queue = start ? [start] : [];
  while (queue.length) {
    const sf = queue.shift()!;
    if (seen.has(sf.fileName) || !isProjectFile(program, sf, projectRoot)) continue;
    seen.add(sf.fileName);
    ordered.push(sf);
    for (const st of sf.statements) {
      const spec =
        (ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)
          ? st.moduleSpecifier.text
          : undefined;
      if (!spec || !spec.startsWith(".")) continue;
      const resolved = ts.resolveModuleName(spec, sf.fileName, options, host, cache).resolvedModule?.resolvedFileName;
      const target = resolved && program.getSourceFile(resolved);
      if (target && !seen.has(target.fileName)) queue.push(target);
    }
  }
  // Files reached another way (triple-slash references) keep program order after those.
  for (const sf of program.getSourceFiles()) if (!seen.has(sf.fileName) && isProjectFile(program, sf, projectRoot)) ordered.push(sf);
  return ordered;
}
