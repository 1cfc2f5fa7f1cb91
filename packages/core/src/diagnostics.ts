/**
 * Diagnostics are data: a typed registry of codes with a default severity and
 * a message template, and one creator. Nothing else builds diagnostic text.
 *
 * Code ranges: SL1xxx usage/config (exit 2), SL2xxx TypeScript, SL3xxx front
 * end, SL4xxx checker rules, SL5xxx emitters and output, SL9xxx internal.
 */
import type { SourceLocation } from "./ir";

export type Severity = "error" | "warning";

export interface DiagnosticDef {
  readonly code: string;
  readonly severity: Severity;
  /** Template with `{name}` placeholders. */
  readonly message: string;
  /** Usage and config problems exit with 2 instead of 1. */
  readonly usage?: boolean;
}

function defs<const T extends Record<string, Omit<DiagnosticDef, never>>>(map: T): T {
  return map;
}

export const diagnosticDefs = defs({
  // ---- usage and config (exit 2)
  "config-not-found": { code: "SL1001", severity: "error", usage: true, message: "Cannot find specloom.config.json in '{dir}'." },
  "config-invalid-json": { code: "SL1002", severity: "error", usage: true, message: "specloom.config.json is not valid JSON: {detail}" },
  "config-unknown-key": { code: "SL1003", severity: "error", usage: true, message: "Unknown config key '{key}'.{hint}" },
  "config-invalid-value": { code: "SL1004", severity: "error", usage: true, message: "Invalid value for '{key}': {detail}" },
  "unknown-language": { code: "SL1005", severity: "error", usage: true, message: "Unknown documentation language '{lang}'. Available: {available}." },
  "entry-not-found": { code: "SL1006", severity: "error", usage: true, message: "Entry file '{file}' does not exist." },
  "cli-usage": { code: "SL1007", severity: "error", usage: true, message: "{detail}" },
  "output-not-writable": { code: "SL1008", severity: "error", usage: true, message: "Cannot write to output directory '{dir}': {detail}" },
  "project-dir-not-found": { code: "SL1009", severity: "error", usage: true, message: "Project directory '{dir}' does not exist." },

  // ---- TypeScript
  "ts-error": { code: "SL2001", severity: "error", message: "TS{tsCode}: {detail}" },

  // ---- front end
  "unknown-annotation": { code: "SL3001", severity: "error", message: "Unknown specloom annotation '{name}'." },
  "annotation-wrong-type": { code: "SL3002", severity: "error", message: "Annotation '{tag}' cannot apply to a {type} field." },
  "relation-target-not-model": { code: "SL3003", severity: "error", message: "Relation '{field}' targets '{target}', which is not a model (extend Entity<…>)." },
  "config-not-literal": { code: "SL3004", severity: "error", message: "Config value at '{path}' must be a literal; computed values cannot be read statically." },
  "unsupported-type": { code: "SL3005", severity: "error", message: "Type '{type}' of '{where}' cannot be represented: {detail}" },
  "invalid-option": { code: "SL3006", severity: "error", message: "Invalid {what}: {detail}" },
  "duplicate-declaration": { code: "SL3007", severity: "error", message: "Duplicate {what} '{name}' (first declared at {first})." },
  "type-too-deep": { code: "SL3008", severity: "error", message: "Type of '{where}' nests deeper than {max} levels; name the inner types." },
  "invalid-rate-limit": { code: "SL3009", severity: "error", message: "Invalid rate limit '{value}'; expected e.g. '5/min per ip'." },
  "unknown-config-section": { code: "SL3010", severity: "error", message: "'{name}' satisfies '{type}', which is not a specloom config section." },
  "no-entry-declarations": { code: "SL3011", severity: "warning", message: "The entry '{file}' declares no models, endpoints or services." },
  "prerequisite-missing": { code: "SL3012", severity: "warning", message: "Prerequisite document '{file}' is missing; the build continues without it." },
  "database-mismatch": { code: "SL3013", severity: "warning", message: "tech-stack.md names '{database}', but specloom emits PostgreSQL DDL." },

  // ---- emitters and output
  "emitter-failed": { code: "SL5001", severity: "error", message: "Emitter '{emitter}' failed: {detail}" },
  "chromium-missing": { code: "SL5002", severity: "warning", message: "Skipping er.svg: no Chromium found. Install it with 'apt-get install -y chromium' or set PUPPETEER_EXECUTABLE_PATH." },
  "svg-render-failed": { code: "SL5003", severity: "warning", message: "Skipping er.svg: mermaid-cli failed: {detail}" },
  "artifact-unavailable": { code: "SL5004", severity: "warning", message: "Artifact '{artifact}' is not available in this build of specloom yet." },

  // ---- importers
  "import-source-unreadable": { code: "SL7001", severity: "error", usage: true, message: "Cannot read import source '{source}': {detail}" },
  "import-source-invalid": { code: "SL7002", severity: "error", message: "Import source is invalid: {detail}" },
  "import-connect-failed": { code: "SL7003", severity: "error", usage: true, message: "Cannot connect to '{source}': {detail}" },
  "import-unsupported": { code: "SL7004", severity: "warning", message: "{what} cannot be expressed in the specloom DSL and is not imported: {detail}" },
  "import-lossy": { code: "SL7005", severity: "warning", message: "{what} is imported approximately: {detail}" },
  "import-out-not-empty": { code: "SL7006", severity: "error", usage: true, message: "Output directory '{dir}' is not empty; import writes a new project and never overwrites files." },

  // ---- internal
  "internal-error": { code: "SL9001", severity: "error", message: "Internal compiler error: {detail}. This is a specloom bug; please report it at https://github.com/specloom/specloom/issues with the input that caused it." },
});

export type DiagnosticId = keyof typeof diagnosticDefs;

export interface Diagnostic {
  readonly id: string;
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** Absent for project-wide problems (a missing config file). */
  readonly loc?: SourceLocation;
  readonly usage?: boolean;
}

/** Registry of extra definitions (checker rules register theirs here). */
const extraDefs = new Map<string, DiagnosticDef>();

export function registerDiagnostic(id: string, def: DiagnosticDef): void {
  extraDefs.set(id, def);
}

export function lookupDiagnostic(id: string): DiagnosticDef | undefined {
  return (diagnosticDefs as Record<string, DiagnosticDef>)[id] ?? extraDefs.get(id);
}

/** Fills `{name}` placeholders; unknown ones stay visible rather than vanish. */
export function formatTemplate(template: string, args: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in args ? String(args[k]) : m));
}

export function createDiagnostic(
  id: DiagnosticId | (string & {}),
  args: Readonly<Record<string, string | number>> = {},
  loc?: SourceLocation,
  severity?: Severity,
): Diagnostic {
  const def = lookupDiagnostic(id);
  if (!def) throw new Error(`unregistered diagnostic '${id}'`);
  return {
    id,
    code: def.code,
    severity: severity ?? def.severity,
    message: formatTemplate(def.message, args),
    ...(loc ? { loc } : {}),
    ...(def.usage ? { usage: true } : {}),
  };
}

export function hasErrors(diags: readonly Diagnostic[]): boolean {
  return diags.some((d) => d.severity === "error");
}

/** Stable order: by file, line, column, code. */
export function sortDiagnostics(diags: readonly Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic) => [d.loc?.file ?? "", d.loc?.line ?? 0, d.loc?.column ?? 0, d.code] as const;
  return [...diags].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) {
      if (ka[i] < kb[i]) return -1;
      if (ka[i] > kb[i]) return 1;
    }
    return 0;
  });
}

/** Exit code per the CLI contract: 0 ok, 1 spec errors, 2 usage/config errors. */
export function exitCodeFor(diags: readonly Diagnostic[], strict = false): 0 | 1 | 2 {
  const failing = diags.filter((d) => d.severity === "error" || (strict && d.severity === "warning"));
  if (failing.some((d) => d.usage)) return 2;
  return failing.length > 0 ? 1 : 0;
}
