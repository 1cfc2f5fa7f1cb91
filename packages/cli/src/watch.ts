/**
 * --watch: rebuild on changes to the project's sources or config, reusing the
 * previous TypeScript program. An output is rewritten only when its content
 * changed; on errors the previous outputs stay. Ctrl-C stops it (exit 0).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { createDiagnostic, type Diagnostic } from "@specloom/core";
import type { CliOptions } from "./args";
import { buildOnce, describeWrite } from "./commands/build";
import { runPipeline, type PipelineResult } from "./pipeline";
import type { Reporter } from "./report";

const DEBOUNCE_MS = 50;

export function watchProject(options: CliOptions, reporter: Reporter, mode: "build" | "check"): Promise<number> {
  return new Promise((resolve) => {
    let oldProgram: PipelineResult["program"];
    let watchers: fs.FSWatcher[] = [];
    let watchKey = "";
    let timer: NodeJS.Timeout | undefined;
    let running = false;
    let pending = false;
    let stopped = false;

    const schedule = () => {
      if (stopped) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void cycle(false), DEBOUNCE_MS);
    };

    /** One fs.watch per directory (survives editors that save by rename), filtered to the files we read. */
    const rewatch = (files: readonly string[], projectDir: string) => {
      const byDir = new Map<string, Set<string>>();
      for (const file of [...files, path.join(projectDir, "specloom.config.json")]) {
        const dir = path.dirname(file);
        byDir.set(dir, (byDir.get(dir) ?? new Set()).add(path.basename(file)));
      }
      const key = JSON.stringify([...byDir].map(([d, names]) => [d, [...names].sort()]).sort());
      if (key === watchKey) return;
      closeWatchers();
      watchKey = key;
      for (const [dir, names] of byDir) {
        try {
          const watcher = fs.watch(dir, (_event, name) => (name === null || names.has(name.toString()) ? schedule() : undefined));
          // The directory went away (a branch switch): rebuild, which reports what is missing and re-watches.
          watcher.on("error", () => {
            watchKey = "";
            schedule();
          });
          watchers.push(watcher);
        } catch {
          // A directory that does not exist (yet): the next successful cycle watches it.
        }
      }
    };
    const closeWatchers = () => {
      for (const w of watchers) w.close();
      watchers = [];
      watchKey = "";
    };

    /** Edits made while a cycle ran, before its watchers existed, would go unseen otherwise. */
    const changedSince = (files: readonly string[], since: number) =>
      files.some((f) => {
        try {
          return fs.statSync(f).mtimeMs >= since;
        } catch {
          return false;
        }
      });

    const cycle = async (first: boolean) => {
      if (stopped) return;
      if (running) {
        pending = true;
        return;
      }
      running = true;
      const started = Date.now();
      let watched: readonly string[] = [];
      reporter.info(`[${clock()}] ${first ? "Starting compilation in watch mode..." : "File change detected. Starting incremental compilation..."}`);
      let diagnostics: readonly Diagnostic[] = [];
      let projectDir = path.resolve(options.dir);
      try {
        if (mode === "build") {
          const outcome = await buildOnce(options, reporter, { oldProgram, incremental: true });
          oldProgram = outcome.result.program ?? oldProgram;
          diagnostics = outcome.diagnostics;
          projectDir = outcome.result.projectDir;
          reporter.diagnostics(diagnostics, projectDir);
          reporter.timings(outcome.timings);
          if (outcome.written.length + outcome.removed.length > 0) reporter.info(`[${clock()}] ${describeWrite(outcome)}`);
          watched = outcome.result.watchFiles;
          rewatch(watched, projectDir);
        } else {
          const result = await runPipeline({ projectDir: options.dir, mode, lang: options.lang, strict: options.strict, oldProgram, incremental: true, onPhase: reporter.progress() });
          oldProgram = result.program ?? oldProgram;
          diagnostics = result.diagnostics;
          reporter.diagnostics(diagnostics, result.projectDir);
          reporter.timings(result.timings);
          watched = result.watchFiles;
          rewatch(watched, result.projectDir);
        }
      } catch (e) {
        // Keep watching: the next edit may well get past whatever broke.
        if (process.env.SPECLOOM_DEBUG === "1") process.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
        diagnostics = [createDiagnostic("internal-error", { detail: e instanceof Error ? e.message : String(e) })];
        reporter.diagnostics(diagnostics, projectDir);
      }
      reporter.watchStatus(diagnostics);
      running = false;
      if (changedSince(watched, started)) pending = true;
      if (stopped) finish();
      else if (pending) {
        pending = false;
        schedule();
      }
    };

    const finish = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve(0);
    };
    const stop = () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      closeWatchers();
      if (!running) finish();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    void cycle(true);
  });
}

const clock = () => new Date().toTimeString().slice(0, 8);
