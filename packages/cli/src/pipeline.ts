/**
 * config → compile → check → emit, shared by build, check and watch. It never
 * writes: it returns the files, diagnostics and per-phase timings, and the
 * caller decides what to do with them.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import {
  createDiagnostic,
  didYouMean,
  exitCodeFor,
  loadConfig,
  sortDiagnostics,
  type ChecklistStatus,
  type Diagnostic,
  type EmittedFile,
  type LoadedConfig,
  type SpecIR,
  type SpecloomConfig,
} from "@specloom/core";
import { runChecker } from "@specloom/checker";
import { setNodeReuse } from "@specloom/model";
import { projectMigrations } from "@specloom/migrate";
import { availableLanguages } from "@specloom/emitter-markdown";
import { compileProject, prerequisitePaths, unresolvedImportCandidates, type CompileResult } from "@specloom/frontend";
import { BUILTIN_PLUGINS } from "./builtin-plugins";
import { collectGarbage, withLeanHeap } from "./heap";
import { runEmitters } from "./run-emitters";
import { loadPlugins } from "./plugins";

export interface PipelineOptions {
  readonly projectDir: string;
  /** `check` stops after the checker; `build` also runs the emitters. */
  readonly mode: "build" | "check";
  /** `--lang`, over the config's documentationLanguage. */
  readonly lang?: string;
  /** `--svg`: sets the config's `svg` (the mermaid emitter renders er.svg). */
  readonly svg?: boolean;
  /** Warnings fail the run: every phase still reports, but emitters do not run when there are any. */
  readonly strict?: boolean;
  /** The previous run's program (watch mode). */
  readonly oldProgram?: CompileResult["program"];
  /** Watch mode: keep type-check state so the next run re-checks only affected files. */
  readonly incremental?: boolean;
  /** Called before each phase starts (progress display). */
  readonly onPhase?: (phase: string) => void;
  /**
   * The CLI's own one-shot build: collect the released program before the emitters run and let the heap grow
   * less while they do. Both change V8 flags of the whole process, so a library caller leaves this off.
   */
  readonly leanHeap?: boolean;
  /** Watch mode: what one run keeps for the next (see PipelineCache). */
  readonly cache?: PipelineCache;
}

/**
 * Kept across watch cycles: the loaded config while specloom.config.json's text is unchanged, so the config
 * object (and each of its sections) keeps its identity, which the front end's and emitters' caches compare.
 */
export interface PipelineCache {
  config?: {
    readonly projectDir: string;
    readonly text: string | undefined;
    readonly svg: boolean;
    readonly loaded: LoadedConfig;
    readonly config: SpecloomConfig;
  };
}

export const createPipelineCache = (): PipelineCache => ({});

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** loadConfig, or the previous cycle's result when the file's text (and --svg) did not change. */
function loadConfigCached(options: PipelineOptions, configPath: string): { loaded: LoadedConfig; config: SpecloomConfig } {
  const projectDir = path.resolve(options.projectDir);
  const text = options.cache ? readText(configPath) : undefined;
  const svg = options.svg === true;
  const kept = options.cache?.config;
  if (kept && text !== undefined && kept.text === text && kept.projectDir === projectDir && kept.svg === svg) return kept;
  const loaded = loadConfig(options.projectDir);
  const config = svg ? { ...loaded.config, svg: true } : loaded.config;
  if (options.cache) options.cache.config = { projectDir, text, svg, loaded, config };
  return { loaded, config };
}

export interface PhaseTiming {
  readonly phase: string;
  readonly ms: number;
  /** CPU time of the phase (user + system); wall time alone misleads on a busy machine. */
  readonly cpuMs?: number;
}

export interface PipelineResult {
  /** Absolute project root. */
  readonly projectDir: string;
  /** Absent when the config could not be loaded. */
  readonly config?: SpecloomConfig;
  readonly language?: string;
  readonly diagnostics: readonly Diagnostic[];
  /** Every artifact of a successful build; empty otherwise (and always for `check`). */
  readonly files: readonly EmittedFile[];
  readonly timings: readonly PhaseTiming[];
  /** Absolute paths of what the build read or would read: sources, config, prerequisite documents, unresolved imports (what watch mode watches). */
  readonly watchFiles: readonly string[];
  readonly program?: CompileResult["program"];
  readonly ir?: SpecIR;
  readonly exitCode: 0 | 1 | 2;
}

const internalError = (e: unknown): Diagnostic => {
  if (process.env.SPECLOOM_DEBUG === "1") process.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
  return createDiagnostic("internal-error", { detail: e instanceof Error ? e.message : String(e) });
};

export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const timings: PhaseTiming[] = [];
  const diagnostics: Diagnostic[] = [];
  const timed = async <T>(phase: string, run: () => T | Promise<T>): Promise<T> => {
    options.onPhase?.(phase);
    const start = performance.now();
    const cpu = process.cpuUsage();
    try {
      return await run();
    } finally {
      const used = process.cpuUsage(cpu);
      timings.push({ phase, ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 });
    }
  };
  const configPath = path.resolve(options.projectDir, "specloom.config.json");
  const finish = (rest: Partial<PipelineResult> = {}): PipelineResult => {
    const sorted = sortDiagnostics(diagnostics);
    return {
      projectDir: path.resolve(options.projectDir),
      files: [],
      watchFiles: [configPath],
      ...rest,
      diagnostics: sorted,
      timings,
      exitCode: exitCodeFor(sorted, options.strict),
    };
  };
  // A phase's errors stop the next phase; warnings never do, so --strict still reports every phase's diagnostics.
  const failing = () => exitCodeFor(diagnostics) !== 0;

  const { loaded, config } = await timed("config", () => loadConfigCached(options, configPath));
  diagnostics.push(...loaded.diagnostics);
  if (failing()) return finish();
  const pluginSet = await timed("plugins", () => loadPlugins(loaded.projectDir, config, BUILTIN_PLUGINS));
  diagnostics.push(...pluginSet.diagnostics);
  const pluginFiles = pluginSet.plugins.flatMap((p) => (p.file ? [p.file] : []));
  if (failing()) return finish({ config, watchFiles: [configPath, ...pluginFiles] });
  const language = options.lang ?? config.documentationLanguage;
  const languages = availableLanguages();
  if (!languages.includes(language)) {
    diagnostics.push(createDiagnostic("unknown-language", { lang: language, available: languages.join(", "), hint: didYouMean(language, languages, 1) }));
    return finish({ config });
  }

  let compiled: CompileResult | undefined;
  try {
    compiled = await timed("compile", () =>
      compileProject({ projectDir: loaded.projectDir, config, oldProgram: options.oldProgram, incremental: options.incremental }),
    );
  } catch (e) {
    diagnostics.push(internalError(e));
    return finish({ config, language });
  }
  // The front end measures its own phases; show them instead of the umbrella one.
  timings.pop();
  timings.push(
    { phase: "program creation", ms: compiled.timings.programMs, cpuMs: compiled.timings.programCpuMs },
    { phase: "type checking", ms: compiled.timings.typeCheckMs, cpuMs: compiled.timings.typeCheckCpuMs },
    { phase: "IR", ms: compiled.timings.irMs, cpuMs: compiled.timings.irCpuMs },
  );
  diagnostics.push(...compiled.diagnostics);
  const base: { -readonly [K in keyof PipelineResult]?: PipelineResult[K] } = {
    config,
    language,
    program: compiled.program,
    ir: compiled.ir,
    // The entry too (creating it should trigger a rebuild), imports that do not resolve yet, and the prerequisite documents.
    watchFiles: [
      ...new Set([
        ...compiled.sourceFiles,
        path.resolve(loaded.projectDir, config.entry),
        configPath,
        ...pluginFiles,
        ...(compiled.program ? unresolvedImportCandidates(compiled.program, path.resolve(loaded.projectDir, config.entry)) : []),
        ...prerequisitePaths(loaded.projectDir, config.documentationDir),
      ]),
    ],
  };
  const ir = compiled.ir;
  // Only watch mode has a next build to reuse the model's and the checker's per-node work; a one-shot build skips the journals.
  setNodeReuse(options.incremental === true);
  // Only watch mode reuses the program. Dropping it here lets the checker's memory (the largest part of a
  // build's heap) be collected before the emitters allocate theirs, so peak RSS is the larger of the two, not the sum.
  if (!options.incremental) {
    base.program = undefined;
    // Not read again, but a suspended async function may keep the variable (and the program) alive across awaits.
    // eslint-disable-next-line no-useless-assignment
    compiled = undefined;
  }
  if (!ir || failing()) return finish(base);

  let checklist: readonly ChecklistStatus[] | undefined;
  const ruleSources = pluginSet.plugins
    .filter((p) => (p.plugin.rules ?? []).length > 0)
    .map((p) => ({ plugin: p.plugin.name, rules: p.plugin.rules ?? [], options: p.options, ...(p.loc ? { loc: p.loc } : {}) }));
  try {
    const checked = await timed("checker", () => runChecker(ir, config, ruleSources));
    diagnostics.push(...checked.diagnostics);
    checklist = checked.checklist;
  } catch (e) {
    diagnostics.push(internalError(e));
  }
  // --strict: warnings fail the build, so the emitters do not run.
  if (options.mode === "check" || exitCodeFor(diagnostics, options.strict) !== 0) return finish(base);

  // The migrations folder is read here, so emitters stay pure: backend-spec.md §15 lists it.
  const migrations = projectMigrations(loaded.projectDir);
  diagnostics.push(...migrations.diagnostics);
  const context = { ir, config, language, ...(checklist ? { checklist } : {}), migrations: migrations.migrations };
  const emit = () => runEmitters(pluginSet.plugins, pluginSet.artifacts, context, timed);
  // A one-shot build's program is unreachable by now (see above): collect it before the emitters allocate.
  const lean = options.leanHeap === true && !options.incremental;
  if (lean) await timed("garbage collection", collectGarbage);
  const emitted = lean ? await withLeanHeap(emit) : await emit();
  diagnostics.push(...emitted.diagnostics);
  return finish({ ...base, files: exitCodeFor(diagnostics, options.strict) !== 0 ? [] : emitted.files });
}
