/**
 * --watch: rebuild on changes to the project's sources, config, prerequisite
 * documents or not-yet-resolved imports (created, edited, deleted, restored),
 * reusing the previous TypeScript program. An output is rewritten only when its content
 * changed; on errors the previous outputs stay. Ctrl-C stops it (exit 0).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { createDiagnostic, type Diagnostic } from "@specloom/core";
import type { CliOptions } from "./args";
import { buildOnce, describeWrite, type BuildOutcome } from "./commands/build";
import { createPipelineCache, runPipeline, type PipelineResult } from "./pipeline";
import type { Reporter } from "./report";

const DEBOUNCE_MS = 50;

export interface WatchHooks {
  /** After every build cycle (the --serve live reload listens here). */
  readonly afterBuild?: (outcome: BuildOutcome) => void;
}

/**
 * The build of each watch cycle: every call reuses the previous call's program, front-end recordings and
 * config, so only what changed is converted again (the tests drive it directly, without file watching).
 */
export function incrementalBuilder(options: CliOptions, reporter: Reporter): () => Promise<BuildOutcome> {
  let oldProgram: PipelineResult["program"];
  const cache = createPipelineCache();
  return async () => {
    const outcome = await buildOnce(options, reporter, { oldProgram, incremental: true, cache });
    oldProgram = outcome.result.program ?? oldProgram;
    return outcome;
  };
}

export function watchProject(options: CliOptions, reporter: Reporter, mode: "build" | "check", hooks: WatchHooks = {}): Promise<number> {
  return new Promise((resolve) => {
    let oldProgram: PipelineResult["program"];
    const cache = createPipelineCache();
    const build = incrementalBuilder(options, reporter);
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

    /**
     * Everything any cycle read or looked for: a file deleted in one cycle stays
     * watched, so its return triggers a rebuild.
     */
    const targets = new Set<string>();
    /**
     * One fs.watch per directory (survives editors that save by rename), filtered
     * to the names on the way to a target. A target whose directory does not exist
     * is watched from its nearest existing ancestor, so creating it is noticed.
     */
    const rewatch = (files: readonly string[], projectDir: string) => {
      for (const file of [...files, path.join(projectDir, "specloom.config.json")]) targets.add(path.resolve(file));
      const byDir = new Map<string, Set<string>>();
      for (const target of targets) {
        const [dir, name] = nearestExisting(target);
        if (dir) byDir.set(dir, (byDir.get(dir) ?? new Set()).add(name));
      }
      const key = JSON.stringify([...byDir].map(([d, names]) => [d, [...names].sort()]).sort());
      if (key === watchKey) return;
      closeWatchers();
      watchKey = key;
      for (const [dir, names] of byDir) {
        const gone = () => {
          // The directory went away (a branch switch): rebuild, which reports what is missing and re-watches from above.
          watchKey = "";
          schedule();
        };
        try {
          const watcher = fs.watch(dir, (_event, name) => {
            if (!fs.existsSync(dir)) gone();
            else if (name === null || names.has(name.toString())) schedule();
          });
          watcher.on("error", gone);
          watchers.push(watcher);
        } catch {
          // Removed between the check and the watch: the next cycle watches from above.
        }
      }
    };
    const closeWatchers = () => {
      for (const w of watchers) w.close();
      watchers = [];
      watchKey = "";
    };

    /** Edits, deletions and creations made while a cycle ran, before its watchers existed, would go unseen otherwise. */
    const existence = () => new Map([...targets].map((f) => [f, fs.existsSync(f)]));
    const changedSince = (since: number, existed: ReadonlyMap<string, boolean>) =>
      [...targets].some((f) => {
        try {
          return fs.statSync(f).mtimeMs >= since || existed.get(f) === false;
        } catch {
          return existed.get(f) === true;
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
      const existed = existence();
      reporter.info(`[${clock()}] ${first ? "Starting compilation in watch mode..." : "File change detected. Starting incremental compilation..."}`);
      let diagnostics: readonly Diagnostic[];
      let projectDir = path.resolve(options.dir);
      try {
        if (mode === "build") {
          const outcome = await build();
          diagnostics = outcome.diagnostics;
          projectDir = outcome.result.projectDir;
          reporter.diagnostics(diagnostics, projectDir);
          reporter.timings(outcome.timings);
          if (outcome.written.length + outcome.removed.length > 0) reporter.info(`[${clock()}] ${describeWrite(outcome)}`);
          hooks.afterBuild?.(outcome);
          rewatch(outcome.result.watchFiles, projectDir);
        } else {
          const result = await runPipeline({
            projectDir: options.dir,
            mode,
            lang: options.lang,
            strict: options.strict,
            oldProgram,
            incremental: true,
            cache,
            onPhase: reporter.progress(),
          });
          oldProgram = result.program ?? oldProgram;
          diagnostics = result.diagnostics;
          reporter.diagnostics(diagnostics, result.projectDir);
          reporter.timings(result.timings);
          rewatch(result.watchFiles, result.projectDir);
        }
      } catch (e) {
        // Keep watching: the next edit may well get past whatever broke.
        if (process.env.SPECLOOM_DEBUG === "1") process.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
        diagnostics = [createDiagnostic("internal-error", { detail: e instanceof Error ? e.message : String(e) })];
        reporter.diagnostics(diagnostics, projectDir);
      }
      reporter.watchStatus(diagnostics);
      running = false;
      if (changedSince(started, existed)) pending = true;
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

/** The nearest existing directory above `file`, and the name under it that leads to `file`. */
function nearestExisting(file: string): [string | undefined, string] {
  let child = file;
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    try {
      if (fs.statSync(dir).isDirectory()) return [dir, path.basename(child)];
    } catch {
      // not there (yet): look one level up
    }
    if (path.dirname(dir) === dir) return [undefined, ""];
    child = dir;
  }
}
