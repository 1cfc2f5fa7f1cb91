/** The front end's entry point: TS sources → diagnostics + IR. Never executes user code. */
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import {
  IR_FORMAT_VERSION,
  createDiagnostic,
  sortDiagnostics,
  type ApiNode,
  type ConfigSections,
  type Diagnostic,
  type ModelNode,
  type SchemaNode,
  type ServiceNode,
  type SpecIR,
  type SpecloomConfig,
} from "@specloom/core";
import { FrontendContext } from "./context";
import { createSpecProgram, projectSourceFiles, type SpecProgram } from "./program";
import { relFile } from "./locate";
import { collectNamedEnums } from "./enums";
import { convertModel, entityHeritage, isEntity, resolveRelations } from "./models";
import { checkModels } from "./model-checks";
import { convertApi } from "./endpoints";
import { convertService } from "./services";
import { convertWebhookGroups } from "./webhooks";
import { collectConfig } from "./config-sections";
import { checkAuthConfig } from "./security-checks";
import { checkServerPrefixes } from "./paths";
import { checkSchemaNames } from "./schema-names";
import { checkReservedNames } from "./reserved-names";
import { readPrerequisites } from "./prerequisites";
import { orderApis, orderModels, orderServices } from "./order";
import { checkIrText } from "./text-safety";
import { oneReportPerMistake } from "./one-report";
import { resolveErrorModel } from "./error-model";

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
}

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

/** A marker interface (`extends Entity<…>`, `Api<…>`, `Service<…>`) named in a heritage clause. */
function markerOf(decl: ts.InterfaceDeclaration, ctx: FrontendContext): "model" | "api" | "service" | "webhooks" | undefined {
  const { checker } = ctx;
  const type = checker.getDeclaredTypeOfSymbol(checker.getSymbolAtLocation(decl.name)!);
  if (isEntity(type, checker)) {
    const heritage = entityHeritage(decl, checker);
    if (heritage.base) ctx.report("model-extends-model", { name: decl.name.text, base: heritage.base.name }, heritage.base.node);
    return heritage.model ? "model" : undefined;
  }
  if (checker.getPropertyOfType(type, "specloom.api")) return "api";
  if (checker.getPropertyOfType(type, "specloom.service")) return "service";
  if (checker.getPropertyOfType(type, "specloom.webhooks")) return "webhooks";
  return undefined;
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
  const spec = createSpecProgram({
    entry,
    ...(options.oldProgram ? { oldProgram: options.oldProgram } : {}),
    ...(options.readFile ? { readFile: options.readFile } : {}),
    ...(options.incremental ? { incremental: true } : {}),
  });
  const { program } = spec;
  const files = projectSourceFiles(program, entry);
  timings.programMs = now() - t;

  t = now();
  const diagnostics = tsDiagnostics(spec, files, projectDir);
  timings.typeCheckMs = now() - t;

  t = now();
  const { ir, diagnostics: frontEnd } = analyzeFiles(program, files, options);
  diagnostics.push(...frontEnd);
  timings.irMs = now() - t;
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

function analyzeFiles(program: ts.Program, files: readonly ts.SourceFile[], options: AnalyzeOptions): { ir: SpecIR; diagnostics: Diagnostic[] } {
  const ctx = new FrontendContext(program.getTypeChecker(), options.projectDir, options.config);
  const ir = buildIR(files, ctx, options);
  checkIrText(ir, ctx);
  return { ir, diagnostics: sortDiagnostics(ctx.diagnostics) };
}

function buildIR(files: readonly ts.SourceFile[], ctx: FrontendContext, options: AnalyzeOptions): SpecIR {
  const { checker } = ctx;
  const decls: Record<"model" | "api" | "service" | "webhooks", ts.InterfaceDeclaration[]> = { model: [], api: [], service: [], webhooks: [] };
  const config: { -readonly [K in keyof ConfigSections]: ConfigSections[K] } = {};
  for (const sf of files) {
    collectNamedEnums(sf, ctx);
    collectConfig(sf, ctx, config);
    for (const st of sf.statements) {
      if (!ts.isInterfaceDeclaration(st)) continue;
      const marker = markerOf(st, ctx);
      if (marker) decls[marker].push(st);
    }
  }
  for (const d of decls.model) ctx.models.set(checker.getSymbolAtLocation(d.name)!, d.name.text);
  const pending: Parameters<typeof convertModel>[2] = [];
  const models: ModelNode[] = orderModels(
    resolveRelations(
      decls.model.map((d) => convertModel(d, ctx, pending)),
      pending,
    ),
  );
  checkModels(models, ctx);
  checkAuthConfig(config.auth, ctx);
  const apis: ApiNode[] = orderApis(decls.api.map((d) => convertApi(d, ctx, config.auth?.value)));
  checkServerPrefixes(apis, options.config, ctx);
  const webhooks = convertWebhookGroups(decls.webhooks, apis, ctx, config.auth?.value);
  const names = {
    integrations: new Set(Object.keys(config.integrations?.value ?? {})),
    jobs: new Set(Object.keys(config.jobs?.value ?? {})),
    cache: new Set((config.caching?.value.entries ?? []).map((e) => e.name)),
  };
  const services: ServiceNode[] = orderServices(decls.service.map((d) => convertService(d, ctx, names)));
  resolveErrorModel(files, config, ctx);
  const prereq = readPrerequisites(options.projectDir, options.config.documentationDir);
  ctx.diagnostics.push(...prereq.diagnostics);
  if (prereq.database && prereq.database !== "PostgreSQL") {
    ctx.diagnostics.push(
      createDiagnostic(
        "database-mismatch",
        { database: prereq.database },
        { file: prereq.documents.find((d) => d.endsWith("tech-stack.md"))!, line: 1, column: 1 },
      ),
    );
  }
  if (models.length + apis.length + services.length + webhooks.length === 0) {
    ctx.report("no-entry-declarations", { file: options.config.entry }, { file: options.config.entry, line: 1, column: 1 });
  }
  // Schemas and enums have no authored order; sort so discovery order never leaks into output.
  const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const schemas = [...ctx.schemas.values()].filter((s): s is SchemaNode => s !== null).sort(byName);
  const enums = [...ctx.enums.values()].sort(byName);
  checkReservedNames({ models, schemas, enums, apis, services }, ctx);
  checkSchemaNames({ models, schemas, enums }, ctx);
  return {
    kind: "spec",
    formatVersion: IR_FORMAT_VERSION,
    project: {
      kind: "project",
      name: options.config.projectName ?? prereq.prdTitle ?? path.basename(options.projectDir),
      language: options.config.documentationLanguage,
      documents: prereq.documents,
      requirements: prereq.requirements,
      ...(prereq.database ? { database: prereq.database } : {}),
    },
    models,
    enums,
    schemas,
    apis,
    services,
    ...(webhooks.length > 0 ? { webhooks } : {}),
    config,
  };
}
