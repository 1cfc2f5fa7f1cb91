/**
 * The emitter contract (emitters themselves are declared in plugin.ts). Emitters are pure: they compute file contents from the
 * IR and never touch the file system; the CLI writes every artifact of a build
 * atomically, and writes nothing when the program has errors.
 */
import type { SpecloomConfig } from "./config";
import type { Diagnostic } from "./diagnostics";
import type { SpecIR } from "./ir";

/** The seed's ten Validation Checklist items, in order. */
export const CHECKLIST_ITEMS = ["models", "indexes", "endpoints", "auth", "errors", "integrations", "jobs", "caching", "logging", "security"] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

export interface ChecklistStatus {
  readonly item: ChecklistItem;
  /** Rule ids that decide this item. */
  readonly rules: readonly string[];
  /** True only when every rule ran and reported nothing. */
  readonly passed: boolean;
  /** Messages of the diagnostics that failed it. */
  readonly reasons: readonly string[];
  /** The spec has nothing the item is about (no integrations, jobs or cache entries): neither ticked nor failed. */
  readonly notApplicable?: boolean;
}

export interface EmitContext {
  readonly ir: SpecIR;
  readonly config: SpecloomConfig;
  /** Resolved documentation language (`--lang` over config). */
  readonly language: string;
  /** Checklist results from the checker; absent when the checker did not run. */
  readonly checklist?: readonly ChecklistStatus[];
  /** The owning plugin's validated `pluginOptions`; empty for plugins without options. */
  readonly options?: Readonly<Record<string, unknown>>;
  /**
   * The project's migrations folder, oldest first, read by the CLI (emitters never
   * read files); absent when the caller did not look, empty when there are none.
   */
  readonly migrations?: readonly MigrationSummary[];
}

/** One migration of the project's migrations folder and its safety-lint findings. */
export interface MigrationSummary {
  /** The folder name, `0002_add-bio`. */
  readonly id: string;
  /** Planned changes in up.sql. */
  readonly changes: number;
  /** The safety lint of up.sql, as recorded when the migration was generated. */
  readonly findings: readonly { readonly code: string; readonly severity: "error" | "warning" | "info"; readonly message: string }[];
}

export interface EmittedFile {
  /** Relative to `<documentationDir>/technical/`, with `/`. */
  readonly path: string;
  readonly content: string;
}

export interface EmitResult {
  readonly files: readonly EmittedFile[];
  readonly diagnostics?: readonly Diagnostic[];
}

export type { Emitter } from "./plugin";
