/**
 * The project's relative imports and where they lead, per program. Watch mode reads it three times per cycle
 * (file order, imports that do not resolve yet, which files the next program must resolve again), so it is
 * computed once per program, and a resolution is reused across programs while its target is still a file of
 * the program (a vanished target is resolved again).
 */
import * as path from "node:path";
import ts from "typescript";

export interface ImportGraph {
  /** Relative imports that resolve to no file: [importing file, specifier]. */
  readonly unresolved: readonly (readonly [string, string])[];
  /** Every file a relative import resolved to. */
  readonly targets: ReadonlySet<string>;
}

const specifiers = new WeakMap<ts.SourceFile, readonly string[]>();
const graphs = new WeakMap<ts.Program, { unresolved: [string, string][]; targets: Set<string> }>();
/** `file\0specifier` → resolved file; only successes are kept. */
const resolutions = new Map<string, string>();

/** The relative specifiers of a file's import and export declarations, in order. */
export function relativeSpecifiers(sf: ts.SourceFile): readonly string[] {
  let found = specifiers.get(sf);
  if (!found) {
    found = sf.statements.flatMap((st) =>
      (ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) &&
      st.moduleSpecifier &&
      ts.isStringLiteral(st.moduleSpecifier) &&
      st.moduleSpecifier.text.startsWith(".")
        ? [st.moduleSpecifier.text]
        : [],
    );
    specifiers.set(sf, found);
  }
  return found;
}

/** Where `spec` (imported by `sf`) leads in `program`, recorded in the program's import graph. */
export function resolveImport(program: ts.Program, sf: ts.SourceFile, spec: string, cache: ts.ModuleResolutionCache): ts.SourceFile | undefined {
  let graph = graphs.get(program);
  if (!graph) graphs.set(program, (graph = { unresolved: [], targets: new Set() }));
  const key = `${sf.fileName}\0${spec}`;
  const known = resolutions.get(key);
  let target = known === undefined ? undefined : program.getSourceFile(known);
  if (!target) {
    const host = { fileExists: (f: string) => ts.sys.fileExists(f), readFile: (f: string) => ts.sys.readFile(f) };
    const resolved = ts.resolveModuleName(spec, sf.fileName, program.getCompilerOptions(), host, cache).resolvedModule?.resolvedFileName;
    if (resolved) resolutions.set(key, resolved);
    else resolutions.delete(key);
    target = resolved === undefined ? undefined : program.getSourceFile(resolved);
  }
  if (target) graph.targets.add(path.resolve(target.fileName));
  else if (!graph.unresolved.some(([f, s]) => f === sf.fileName && s === spec)) graph.unresolved.push([sf.fileName, spec]);
  return target;
}

/** The import graph recorded while the program's files were ordered (projectSourceFiles), if they were. */
export function importGraph(program: ts.Program): ImportGraph | undefined {
  return graphs.get(program);
}
