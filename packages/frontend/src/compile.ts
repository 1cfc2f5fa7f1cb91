/** The front end's entry point: TS sources → diagnostics + IR. Never executes user code. */
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import { createDiagnostic, sortDiagnostics, type Diagnostic, type SpecIR, type SpecloomConfig } from "@specloom/core";
import { FrontendContext } from "./context";
import { createSpecProgram, projectSourceFiles, type SpecProgram } from "./program";
import { relFile } from "./locate";
import { checkIrText } from "./text-safety";
import { oneReportPerMistake } from "./one-report";
import { cacheFor, keepCache, registriesOf, UnitRunner, type FrontendCache } from "./incremental/cache";
import { buildIR } from "./build-ir";

export interface CompileOptions {
  /** Absolute project root (where specloom.config.json lives). */
  readonly projectDir: string;
  readonly config: SpecloomConfig;
  /** The previous program, for watch mode: unchanged files are reused. */
  readonly oldProgram?: ts.Program;
  /** Overrides file reads (tests, watch mode with unsaved buffers). */
  readonly readFile?: (absPath: string) => string | undefined;
  /** Watch mode: keep state so the next build re-checks only affected files. */
  readonly incremental?: boolean;
}

export interface PhaseTimings {
  programMs: number;
  typeCheckMs: number;
  irMs: number;
  /** CPU time of the same phases (user + system): what a busy machine's wall clock hides. */
  programCpuMs?: number;
  typeCheckCpuMs?: number;
  irCpuMs?: number;
}

/** Milliseconds of CPU this process used since `since` (a process.cpuUsage() reading). */
const cpuSince = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

export interface CompileResult {
  /** Absent when the sources could not be read at all (missing entry). */
  readonly ir?: SpecIR;
  /** TypeScript and front-end diagnostics, sorted. */
  readonly diagnostics: readonly Diagnostic[];
  readonly program?: ts.Program;
  /** Absolute paths of the project's own source files (for watch mode). */
  readonly sourceFiles: readonly string[];
  readonly timings: PhaseTimings;
}

const now = () => performance.now();

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function tsDiagnostics(spec: SpecProgram, files: readonly ts.SourceFile[], projectDir: string): Diagnostic[] {
  const { program } = spec;
  const raw = [...program.getOptionsDiagnostics(), ...files.flatMap((sf) => [...program.getSyntacticDiagnostics(sf), ...spec.semanticDiagnostics(sf)])];
  return raw.map((d) => {
    // A message chain stays a chain: one indented line per level, as tsc prints it.
    const detail = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    if (!d.file || d.start === undefined) return createDiagnostic("ts-error", { tsCode: d.code, detail });
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    const diagnostic = createDiagnostic(
      "ts-error",
      { tsCode: d.code, detail },
      { file: relFile(d.file.fileName, projectDir), line: line + 1, column: character + 1 },
    );
    if (!d.length) return diagnostic;
    const end = d.file.getLineAndCharacterOfPosition(d.start + d.length);
    return { ...diagnostic, end: { line: end.line + 1, column: end.character + 1 } };
  });
}

export function compileProject(options: CompileOptions): CompileResult {
  const { projectDir, config } = options;
  const timings: PhaseTimings = { programMs: 0, typeCheckMs: 0, irMs: 0 };
  const entry = path.resolve(projectDir, config.entry);
  const exists = options.readFile?.(entry) !== undefined || isFile(entry);
  if (!exists) {
    return { diagnostics: [createDiagnostic("entry-not-found", { file: config.entry })], sourceFiles: [], timings };
  }
  let t = now();
  let cpu = process.cpuUsage();
  const spec = createSpecProgram({
    entry,
    ...(options.oldProgram ? { oldProgram: options.oldProgram } : {}),
    ...(options.readFile ? { readFile: options.readFile } : {}),
    ...(options.incremental ? { incremental: true } : {}),
  });
  const { program } = spec;
  const files = projectSourceFiles(program, entry);
  timings.programMs = now() - t;
  timings.programCpuMs = cpuSince(cpu);

  t = now();
  cpu = process.cpuUsage();
  const diagnostics = tsDiagnostics(spec, files, projectDir);
  timings.typeCheckMs = now() - t;
  timings.typeCheckCpuMs = cpuSince(cpu);

  t = now();
  cpu = process.cpuUsage();
  // Watch mode: declarations unchanged since the previous program are not converted again.
  const cache = options.incremental ? cacheFor(options.oldProgram, config, projectDir) : undefined;
  const { ir, diagnostics: frontEnd } = analyzeFiles(program, files, options, cache);
  if (cache) keepCache(program, cache);
  diagnostics.push(...frontEnd);
  timings.irMs = now() - t;
  timings.irCpuMs = cpuSince(cpu);
  const reported = oneReportPerMistake(diagnostics, (file) => program.getSourceFile(path.resolve(projectDir, file)));
  return { ir, diagnostics: sortDiagnostics(reported), program, sourceFiles: files.map((f) => path.resolve(f.fileName)), timings };
}

export interface AnalyzeOptions {
  /** Absolute project root (where specloom.config.json lives). */
  readonly projectDir: string;
  readonly config: SpecloomConfig;
}

export interface AnalyzeResult {
  readonly ir: SpecIR;
  /** The front end's own diagnostics (no TypeScript ones), sorted. */
  readonly diagnostics: readonly Diagnostic[];
  /** The project's source files, in entry order. */
  readonly files: readonly ts.SourceFile[];
}

/**
 * The IR of a program someone else built (an editor's language service): the
 * entry must be one of its files. TypeScript's own diagnostics are the host's business.
 */
export function analyzeProgram(program: ts.Program, options: AnalyzeOptions): AnalyzeResult | undefined {
  const entry = path.resolve(options.projectDir, options.config.entry);
  if (!program.getSourceFile(entry)) return undefined;
  const files = projectSourceFiles(program, entry);
  return { ...analyzeFiles(program, files, options), files };
}

function analyzeFiles(
  program: ts.Program,
  files: readonly ts.SourceFile[],
  options: AnalyzeOptions,
  cache?: FrontendCache,
): { ir: SpecIR; diagnostics: Diagnostic[] } {
  const ctx = new FrontendContext(program.getTypeChecker(), options.projectDir, options.config, cache?.previous?.registries);
  const units = new UnitRunner(ctx, cache, files);
  const ir = buildIR(files, ctx, options, units, cache?.previous?.ir);
  units.finish();
  checkIrText(ir, ctx);
  if (cache) cache.previous = { ir, registries: registriesOf(ctx) };
  return { ir, diagnostics: sortDiagnostics(ctx.diagnostics) };
}
