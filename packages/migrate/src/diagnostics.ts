/**
 * The migration and diff diagnostics, SL6xxx. SL60xx are the safety lint
 * (warnings; `--strict` makes them fail), in the spirit of Atlas's analyzers:
 * destructive, data-dependent, backward-incompatible and long-lock changes.
 */
import { createDiagnostics, type DiagnosticDef } from "@specloom/core";

export const MIGRATE_DIAGNOSTICS = {
  // destructive
  "migrate-drop-table": { code: "SL6001", severity: "warning", message: "Destructive: dropping table '{table}' deletes its rows." },
  "migrate-drop-column": { code: "SL6002", severity: "warning", message: "Destructive: dropping column '{table}.{column}' deletes its values." },
  "migrate-drop-enum-value": {
    code: "SL6003",
    severity: "warning",
    message: "Destructive: removing {values} from enum '{type}' fails on rows that hold them and rewrites every table using it.",
  },
  // data-dependent
  "migrate-add-not-null-column": {
    code: "SL6004",
    severity: "warning",
    message: "Data-dependent: adding NOT NULL column '{table}.{column}' without a default fails when the table has rows.",
  },
  "migrate-set-not-null": {
    code: "SL6005",
    severity: "warning",
    message: "Data-dependent: making '{table}.{column}' NOT NULL fails when a row holds NULL; backfill it first.",
  },
  "migrate-narrow-type": {
    code: "SL6006",
    severity: "warning",
    message: "Data-dependent: changing '{table}.{column}' from {from} to {to} fails when a value does not fit.",
  },
  "migrate-add-unique": {
    code: "SL6007",
    severity: "warning",
    message: "Data-dependent: unique '{name}' on '{table}' fails when existing rows hold duplicates.",
  },
  "migrate-add-check": {
    code: "SL6011",
    severity: "warning",
    message: "Data-dependent: check '{name}' on '{table}' fails when an existing row violates it.",
  },
  "migrate-add-foreign-key": {
    code: "SL6012",
    severity: "warning",
    message: "Data-dependent: foreign key '{name}' on '{table}' fails when a row points at nothing, and validating it locks the table.",
  },
  // backward-incompatible
  "migrate-rename": {
    code: "SL6008",
    severity: "warning",
    message: "Backward-incompatible: renaming {what} '{from}' to '{to}' breaks code that still uses the old name; deploy the application change with it.",
  },
  "migrate-drop-identity": {
    code: "SL6020",
    severity: "warning",
    message: "Backward-incompatible: '{table}.{column}' stops generating its values; inserts that leave it out fail.",
  },
  "migrate-identity-always": {
    code: "SL6021",
    severity: "warning",
    message: "Backward-incompatible: '{table}.{column}' becomes GENERATED ALWAYS; inserts that supply a value fail.",
  },
  // long locks
  "migrate-index-lock": {
    code: "SL6009",
    severity: "warning",
    message: "Long lock: {what} on '{table}' builds an index without CONCURRENTLY, blocking writes while it builds.",
  },
  "migrate-table-rewrite": { code: "SL6010", severity: "warning", message: "Long lock: {what} rewrites '{table}' under an ACCESS EXCLUSIVE lock." },
  // workflow
  "migrate-renamed-from-unmatched": {
    code: "SL6101",
    severity: "warning",
    message: "@renamedFrom '{from}' on '{where}' matches nothing in the last migration's snapshot; no rename planned.",
  },
  "migrate-pending": {
    code: "SL6102",
    severity: "error",
    message: "The schema changed since {last}; run 'specloom migrate --name <name>' and commit the migration.",
  },
  "migrate-snapshot-invalid": { code: "SL6103", severity: "error", usage: true, message: "Cannot read migration snapshot '{file}': {detail}" },
  "diff-base-invalid": { code: "SL6104", severity: "error", usage: true, message: "Cannot read the diff base '{base}': {detail}" },
} as const satisfies Record<string, DiagnosticDef>;

export type MigrateDiagnosticId = keyof typeof MIGRATE_DIAGNOSTICS;

/** The one creator of these diagnostics: ids and placeholders are type-checked. */
export const migrateDiagnostics = createDiagnostics("migrate", MIGRATE_DIAGNOSTICS);
