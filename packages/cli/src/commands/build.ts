/** `specloom build`: run the pipeline, then write every artifact atomically (or nothing). */
import * as path from "node:path";
import { exitCodeFor, sortDiagnostics, type Diagnostic } from "@specloom/core";
import type { CliOptions } from "../args";
import { runPipeline, type PipelineResult, type PhaseTiming } from "../pipeline";
import type { Reporter } from "../report";
import { watchProject } from "../watch";
import { writeAtomic } from "../write-atomic";

export interface BuildOutcome {
  readonly result: PipelineResult;
  readonly diagnostics: readonly Diagnostic[];
  readonly timings: readonly PhaseTiming[];
  readonly outDir?: string;
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  readonly removed: readonly string[];
  readonly exitCode: 0 | 1 | 2;
}

function outDirFor(options: CliOptions, result: PipelineResult): string | undefined {
  if (options.out) return path.resolve(options.out);
  return result.config ? path.resolve(result.projectDir, result.config.documentationDir, "technical") : undefined;
}

/**
 * One build. Files whose content equals what is on disk are not rewritten, so
 * a watch cycle that changes nothing writes nothing (and a deleted output
 * comes back on the next cycle).
 */
export async function buildOnce(
  options: CliOptions,
  reporter: Reporter,
  state: { oldProgram?: PipelineResult["program"]; incremental?: boolean } = {},
): Promise<BuildOutcome> {
  const result = await runPipeline({
    projectDir: options.dir,
    mode: "build",
    lang: options.lang,
    svg: options.svg,
    strict: options.strict,
    oldProgram: state.oldProgram,
    incremental: state.incremental,
    onPhase: reporter.progress(),
  });
  const outDir = outDirFor(options, result);
  // A failing build touches nothing, not even a killed run's leftovers: the next good build deals with them under the lock.
  const base = { result, outDir, written: [] as string[], unchanged: [] as string[], removed: [] as string[] };
  if (result.exitCode !== 0 || !outDir) return { ...base, diagnostics: result.diagnostics, timings: result.timings, exitCode: result.exitCode };
  const start = performance.now();
  const write = writeAtomic(outDir, result.files);
  const timings = [...result.timings, { phase: "write", ms: performance.now() - start }];
  const diagnostics = sortDiagnostics([...result.diagnostics, ...write.diagnostics]);
  return {
    ...base,
    written: write.written,
    unchanged: write.unchanged,
    removed: write.removed,
    diagnostics,
    timings,
    exitCode: exitCodeFor(diagnostics, options.strict),
  };
}

export function describeWrite(outcome: BuildOutcome): string {
  const where = path.relative(process.cwd(), outcome.outDir ?? ".") || ".";
  const n = outcome.written.length;
  const notes = [
    ...(outcome.unchanged.length > 0 ? [`${outcome.unchanged.length} unchanged`] : []),
    ...(outcome.removed.length > 0 ? [`removed ${outcome.removed.join(", ")}`] : []),
  ];
  return `Wrote ${n} file${n === 1 ? "" : "s"} to ${where}${notes.length > 0 ? ` (${notes.join("; ")})` : ""}.`;
}

export async function buildCommand(options: CliOptions, reporter: Reporter): Promise<number> {
  if (options.watch) return watchProject(options, reporter, "build");
  const outcome = await buildOnce(options, reporter);
  reporter.diagnostics(outcome.diagnostics, outcome.result.projectDir);
  reporter.timings(outcome.timings);
  reporter.summary(outcome.diagnostics, outcome.exitCode === 0 ? describeWrite(outcome) : undefined);
  return outcome.exitCode;
}
