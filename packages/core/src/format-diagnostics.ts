import type { Diagnostic } from "./diagnostics";
import { tokenLength } from "./diagnostic-spans";

/** Reads a source file for the code frame; undefined when it cannot. */
export type SourceReader = (file: string) => string | undefined;

export interface FormatOptions {
  /** ANSI colours, as tsc uses them on a terminal. */
  readonly color?: boolean;
}

const paint = (on: boolean, code: number, text: string) => (on ? `\x1b[${code}m${text}\x1b[0m` : text);

/**
 * `path:line:col - error SL1234: message`, like tsc's output, plus a code frame that
 * underlines the whole faulty span (several lines too) and keeps message chains as indented lines.
 */
export function formatDiagnosticText(d: Diagnostic, readSource?: SourceReader, options: FormatOptions = {}): string {
  const color = options.color === true;
  const severity = paint(color, d.severity === "error" ? 91 : 93, d.severity);
  const head = `${severity} ${paint(color, 90, `${d.code}:`)} ${d.message}`;
  if (!d.loc) return head;
  const where = `${paint(color, 96, d.loc.file)}:${paint(color, 93, String(d.loc.line))}:${paint(color, 93, String(d.loc.column))}`;
  const lines = [`${where} - ${head}`];
  const text = readSource?.(d.loc.file);
  if (text !== undefined) lines.push("", ...codeFrame(d, text, color));
  return lines.join("\n");
}

/** At most this many source lines per frame; longer spans show their first lines, an ellipsis and the last. */
const MAX_FRAME_LINES = 4;

function codeFrame(d: Diagnostic, text: string, color: boolean): string[] {
  const loc = d.loc!;
  const source = text.split(/\r?\n/);
  const first = source[loc.line - 1];
  if (first === undefined) return [];
  const end = d.end ?? { line: loc.line, column: loc.column + Math.max(tokenLength(first, loc.column - 1), 1) };
  const lastLine = Math.min(Math.max(end.line, loc.line), source.length);
  const gutterWidth = String(lastLine).length;
  const frame: string[] = [];
  for (let n = loc.line; n <= lastLine; n++) {
    if (lastLine - loc.line >= MAX_FRAME_LINES && n === loc.line + 2) {
      frame.push(`${paint(color, 7, "…".padStart(gutterWidth))}`);
      n = lastLine - 1;
      continue;
    }
    const content = (source[n - 1] ?? "").replace(/\t/g, " ").trimEnd();
    const from = n === loc.line ? loc.column - 1 : content.length - content.trimStart().length;
    const to = n === lastLine && end.line === n ? end.column - 1 : content.length;
    const underline = " ".repeat(from) + "~".repeat(Math.max(to - from, n === loc.line ? 1 : 0));
    frame.push(`${paint(color, 7, String(n).padStart(gutterWidth))} ${content}`);
    frame.push(`${paint(color, 7, " ".repeat(gutterWidth))} ${paint(color, d.severity === "error" ? 91 : 93, underline)}`);
  }
  return frame;
}

export interface JsonDiagnostic {
  file: string | null;
  line: number | null;
  column: number | null;
  /** Where the faulty text ends (exclusive), when known. */
  endLine: number | null;
  endColumn: number | null;
  code: string;
  severity: Diagnostic["severity"];
  message: string;
  /** A replacement for the text from line/column to endLine/endColumn (did you mean), when there is one. */
  suggestion?: string;
}

export function toJsonDiagnostic(d: Diagnostic): JsonDiagnostic {
  return {
    file: d.loc?.file ?? null,
    line: d.loc?.line ?? null,
    column: d.loc?.column ?? null,
    endLine: d.end?.line ?? null,
    endColumn: d.end?.column ?? null,
    code: d.code,
    severity: d.severity,
    message: d.message,
    ...(d.suggestion !== undefined ? { suggestion: d.suggestion } : {}),
  };
}

export function summarize(diags: readonly Diagnostic[]): string {
  const errors = diags.filter((d) => d.severity === "error").length;
  const warnings = diags.length - errors;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;
  return `Found ${plural(errors, "error")} and ${plural(warnings, "warning")}.`;
}
