/** Everything the CLI prints goes through here: diagnostics (text or JSON), summaries, progress, timings. */
import * as fs from "node:fs";
import * as path from "node:path";
import { formatDiagnosticText, summarize, toJsonDiagnostic, type Diagnostic } from "@specloom/core";
import type { OutputFormat } from "./args";
import type { PhaseTiming } from "./pipeline";

const ISSUES_URL = "https://github.com/specloom/specloom/issues";

export interface ReporterOptions {
  readonly format: OutputFormat;
  readonly quiet: boolean;
  readonly verbose: boolean;
  /** Warnings are failures: --quiet keeps them. */
  readonly strict?: boolean;
  readonly stdout?: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Progress lines appear once a run has taken this long (default 1 s). */
  readonly progressAfterMs?: number;
}

/** Progress lines appear once a run has taken this long. */
const PROGRESS_AFTER_MS = 1000;

export class Reporter {
  private readonly out: NodeJS.WritableStream & { isTTY?: boolean };
  private readonly err: NodeJS.WritableStream & { isTTY?: boolean };
  /** A progress line is on the terminal, without its newline. */
  private progressOpen = false;

  constructor(private readonly options: ReporterOptions) {
    this.out = options.stdout ?? process.stdout;
    this.err = options.stderr ?? process.stderr;
  }

  get json(): boolean {
    return this.options.format === "json";
  }

  /**
   * Prints diagnostics. Locations are relative to the project root; they are
   * shown relative to the current directory so terminals can open them.
   */
  diagnostics(diags: readonly Diagnostic[], projectDir: string): void {
    this.clearProgress();
    const shown = diags.filter((d) => !this.options.quiet || d.severity === "error" || this.options.strict).map((d) => relocate(d, projectDir));
    if (this.json) {
      this.out.write(`${JSON.stringify({ diagnostics: shown.map(toJsonDiagnostic) })}\n`);
      return;
    }
    const color = useColor(this.out);
    for (const d of shown) {
      const text = formatDiagnosticText(d, readSource, { color });
      this.out.write(`${text}\n${d.id === "internal-error" ? `Report it at ${ISSUES_URL}\n` : ""}\n`);
    }
  }

  /** The closing line of a one-shot run (text only). */
  summary(diags: readonly Diagnostic[], success?: string): void {
    this.clearProgress();
    if (this.json) return;
    if (diags.length > 0 && !(this.options.quiet && !diags.some((d) => d.severity === "error"))) {
      const strictNote = this.options.strict && diags.some((d) => d.severity === "warning") ? " --strict: warnings fail the run." : "";
      this.out.write(`${summarize(diags)}${strictNote}\n`);
    }
    if (success && !this.options.quiet) this.out.write(`${success}\n`);
  }

  /** A watch cycle's status line, tsc style. */
  watchStatus(diags: readonly Diagnostic[], detail?: string): void {
    this.clearProgress();
    if (this.json) return;
    const time = new Date().toTimeString().slice(0, 8);
    const errors = diags.filter((d) => d.severity === "error").length;
    const status = `Found ${errors} error${errors === 1 ? "" : "s"}${warningsPart(diags)}. Watching for file changes.`;
    this.out.write(`[${time}] ${detail ? `${detail} ` : ""}${status}\n`);
  }

  /** Plain information (text mode, not --quiet). */
  info(line: string): void {
    this.clearProgress();
    if (!this.json && !this.options.quiet) this.out.write(`${line}\n`);
  }

  /** --verbose: one line per phase, to stderr. */
  timings(timings: readonly PhaseTiming[]): void {
    this.clearProgress();
    if (!this.options.verbose) return;
    const width = Math.max(...timings.map((t) => t.phase.length), 5);
    for (const t of timings) this.err.write(`  ${t.phase.padEnd(width)}  ${t.ms.toFixed(1).padStart(8)} ms\n`);
    const total = timings.reduce((sum, t) => sum + t.ms, 0);
    this.err.write(`  ${"total".padEnd(width)}  ${total.toFixed(1).padStart(8)} ms\n`);
  }

  /**
   * Progress for slow runs: returns a callback for each phase start. It writes
   * to stderr, only on a TTY or with --verbose, and only after ~1 s. On a TTY
   * it is one line, rewritten in place and erased before other output.
   */
  progress(): (phase: string) => void {
    const start = performance.now();
    const enabled = !this.options.quiet && (this.options.verbose || this.err.isTTY === true);
    return (phase) => {
      const elapsed = performance.now() - start;
      if (!enabled || elapsed <= (this.options.progressAfterMs ?? PROGRESS_AFTER_MS)) return;
      const line = `specloom: ${phase}… (${(elapsed / 1000).toFixed(1)} s)`;
      if (this.err.isTTY) {
        this.err.write(`\r\x1b[K${line}`);
        this.progressOpen = true;
      } else this.err.write(`${line}\n`);
    };
  }

  private clearProgress(): void {
    if (!this.progressOpen) return;
    this.err.write("\r\x1b[K");
    this.progressOpen = false;
  }
}

/**
 * Colour on a terminal, as tsc does. FORCE_COLOR wins (a value of 0 or false turns it off),
 * then NO_COLOR (https://no-color.org) and TERM=dumb turn it off.
 */
export function useColor(stream: NodeJS.WritableStream & { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force.toLowerCase() !== "false";
  if ((env.NO_COLOR ?? "") !== "" || env.TERM === "dumb") return false;
  return stream.isTTY === true;
}

function warningsPart(diags: readonly Diagnostic[]): string {
  const warnings = diags.filter((d) => d.severity === "warning").length;
  return warnings === 0 ? "" : ` and ${warnings} warning${warnings === 1 ? "" : "s"}`;
}

function relocate(d: Diagnostic, projectDir: string): Diagnostic {
  if (!d.loc) return d;
  const shown = path.relative(process.cwd(), path.resolve(projectDir, d.loc.file)).split(path.sep).join("/");
  return { ...d, loc: { ...d.loc, file: shown } };
}

const readSource = (file: string): string | undefined => {
  try {
    return fs.readFileSync(path.resolve(file), "utf8");
  } catch {
    return undefined;
  }
};
