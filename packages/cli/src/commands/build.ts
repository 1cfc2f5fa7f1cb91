/** `specloom build`: run the pipeline, then write every artifact atomically (or nothing). */
import * as path from "node:path";
import { createDiagnostic, exitCodeFor, sortDiagnostics, type Diagnostic } from "@specloom/core";
import type { CliOptions } from "../args";
import { runPipeline, type PipelineCache, type PipelineResult, type PhaseTiming } from "../pipeline";
import type { Reporter } from "../report";
import { startServer, type LiveServer } from "../serve";
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
  state: { oldProgram?: PipelineResult["program"]; incremental?: boolean; cache?: PipelineCache } = {},
): Promise<BuildOutcome> {
  const result = await runPipeline({
    projectDir: options.dir,
    mode: "build",
    lang: options.lang,
    svg: options.svg,
    strict: options.strict,
    oldProgram: state.oldProgram,
    incremental: state.incremental,
    // The CLI's process is its own: a one-shot build may tune its heap (see heap.ts).
    leanHeap: true,
    ...(state.cache ? { cache: state.cache } : {}),
    onPhase: reporter.progress(),
  });
  const outDir = outDirFor(options, result);
  // A failing build touches nothing, not even a killed run's leftovers: the next good build deals with them under the lock.
  const base = { result, outDir, written: [] as string[], unchanged: [] as string[], removed: [] as string[] };
  if (result.exitCode !== 0 || !outDir) return { ...base, diagnostics: result.diagnostics, timings: result.timings, exitCode: result.exitCode };
  const start = performance.now();
  const cpu = process.cpuUsage();
  const write = writeAtomic(outDir, result.files);
  const used = process.cpuUsage(cpu);
  const timings = [...result.timings, { phase: "write", ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 }];
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
  if (options.watch && options.serve) return serveWhileWatching(options, reporter);
  if (options.watch) return watchProject(options, reporter, "build");
  const outcome = await buildOnce(options, reporter);
  reporter.diagnostics(outcome.diagnostics, outcome.result.projectDir);
  reporter.timings(outcome.timings);
  reporter.summary(outcome.diagnostics, outcome.exitCode === 0 ? describeWrite(outcome) : undefined);
  return outcome.exitCode;
}

/**
 * --watch --serve: the server starts once the first build knows the output folder, and every later build
 * that changed a file reloads the open pages. A port that cannot be bound is SL1030 and ends the run (exit 2).
 */
async function serveWhileWatching(options: CliOptions, reporter: Reporter): Promise<number> {
  let server: Promise<LiveServer | undefined> | undefined;
  let failed = false;
  const code = await watchProject(options, reporter, "build", {
    afterBuild: (outcome) => {
      if (!outcome.outDir) return;
      if (!server) {
        const outDir = outcome.outDir;
        server = startServer(outDir, options.port).then(
          (live) => {
            reporter.info(`Serving ${path.relative(process.cwd(), outDir) || "."} at ${live.url} (live reload; Ctrl-C stops)`);
            return live;
          },
          (e: unknown) => {
            failed = true;
            reporter.diagnostics(
              [createDiagnostic("serve-failed", { port: String(options.port), detail: (e as Error).message })],
              outcome.result.projectDir,
            );
            process.kill(process.pid, "SIGINT");
            return undefined;
          },
        );
      } else if (outcome.written.length + outcome.removed.length > 0) void server.then((live) => live?.reload());
    },
  });
  await (await server)?.close();
  return failed ? 2 : code;
}
