import type { Diagnostic } from "./diagnostics";

/** Reads a source file for the code frame; undefined when it cannot. */
export type SourceReader = (file: string) => string | undefined;

/** `path:line:col - error SL1234: message`, like tsc's pretty=false output, plus a code frame. */
export function formatDiagnosticText(d: Diagnostic, readSource?: SourceReader): string {
  const head = `${d.severity} ${d.code}: ${d.message}`;
  if (!d.loc) return head;
  const lines = [`${d.loc.file}:${d.loc.line}:${d.loc.column} - ${head}`];
  const text = readSource?.(d.loc.file);
  if (text !== undefined) {
    const src = text.split(/\r?\n/)[d.loc.line - 1];
    if (src !== undefined) {
      const gutter = String(d.loc.line);
      lines.push("", `${gutter} ${src}`, `${" ".repeat(gutter.length)} ${" ".repeat(Math.max(0, d.loc.column - 1))}~`);
    }
  }
  return lines.join("\n");
}

export interface JsonDiagnostic {
  file: string | null;
  line: number | null;
  column: number | null;
  code: string;
  severity: Diagnostic["severity"];
  message: string;
}

export function toJsonDiagnostic(d: Diagnostic): JsonDiagnostic {
  return {
    file: d.loc?.file ?? null,
    line: d.loc?.line ?? null,
    column: d.loc?.column ?? null,
    code: d.code,
    severity: d.severity,
    message: d.message,
  };
}

export function summarize(diags: readonly Diagnostic[]): string {
  const errors = diags.filter((d) => d.severity === "error").length;
  const warnings = diags.length - errors;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;
  return `Found ${plural(errors, "error")} and ${plural(warnings, "warning")}.`;
}
