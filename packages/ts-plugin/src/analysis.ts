/**
 * specloom's diagnostics for a language service's program: the front end reads the
 * program the editor already built (no second program, no user code run, no CLI
 * spawned), then the built-in rules run over the IR. One analysis per program and
 * project stamp: tsserver hands out the same Program object until a file changes.
 */
import * as path from "node:path";
import type ts from "typescript";
import { exitCodeFor, sortDiagnostics, type Diagnostic, type SpecIR } from "@specloom/core";
import { runChecker } from "@specloom/checker";
import { analyzeProgram, compileProject } from "@specloom/frontend";
import type { SpecProject } from "./project";

export interface Analysis {
  readonly project: SpecProject;
  readonly ir?: SpecIR;
  /** Front-end and rule diagnostics, positions relative to the project. */
  readonly diagnostics: readonly Diagnostic[];
  /** Why there is nothing to show, for the server log. */
  readonly note?: string;
}

const cache = new WeakMap<ts.Program, Map<string, Analysis>>();

/** The source text the editor holds for a file (unsaved edits included), when the program has it. */
export type EditorText = (absPath: string) => string | undefined;

export function analyze(program: ts.Program, project: SpecProject, sameCompiler: boolean, editorText: EditorText): Analysis {
  let perProgram = cache.get(program);
  if (!perProgram) cache.set(program, (perProgram = new Map<string, Analysis>()));
  const cached = perProgram.get(project.stamp);
  if (cached) return cached;
  const analysis = run(program, project, sameCompiler, editorText);
  perProgram.set(project.stamp, analysis);
  return analysis;
}

function run(program: ts.Program, project: SpecProject, sameCompiler: boolean, editorText: EditorText): Analysis {
  const options = { projectDir: project.dir, config: project.config };
  let ir: SpecIR | undefined;
  let frontEnd: readonly Diagnostic[];
  if (sameCompiler) {
    const result = analyzeProgram(program, options);
    if (!result) return { project, diagnostics: [], note: `the entry '${project.config.entry}' is not in this tsconfig's program (see its "include")` };
    ({ ir, diagnostics: frontEnd } = result);
  } else {
    // The editor runs another TypeScript version than specloom's: its AST and checker cannot be
    // mixed with ours, so compile the editor's texts with specloom's compiler, reusing the last program.
    const result = compileProject({ ...options, readFile: editorText, oldProgram: lastOwnProgram.get(project.dir) });
    if (result.program) lastOwnProgram.set(project.dir, result.program);
    ir = result.ir;
    frontEnd = result.diagnostics.filter((d) => d.id !== "ts-error");
  }
  const diagnostics = [...frontEnd];
  // Like the CLI: the rules read a complete IR only, so front-end errors come first.
  if (ir && exitCodeFor(frontEnd) === 0) diagnostics.push(...runChecker(ir, project.config).diagnostics);
  return { project, ...(ir ? { ir } : {}), diagnostics: sortDiagnostics(diagnostics) };
}

const lastOwnProgram = new Map<string, ts.Program>();

/** The analysis's diagnostics that sit in one file. */
export function diagnosticsIn(analysis: Analysis, fileName: string): Diagnostic[] {
  const target = path.resolve(fileName);
  return analysis.diagnostics.filter((d) => d.loc && path.resolve(analysis.project.dir, d.loc.file) === target);
}
