/** From an IR to a migration: the table model, renames, up and down plans, lint, and the files to write. */
import type { Diagnostic, EmittedFile, MigrationSummary, SpecIR, SpecloomConfig } from "@specloom/core";
import type { Change } from "./change";
import { lintMigration, type Locate } from "./lint";
import { renderMigrationSql } from "./migration-sql";
import {
  lastSchema,
  LINT_FILE,
  nextMigrationId,
  readMigrationSummaries,
  renderLint,
  renderSnapshot,
  SNAPSHOT_FILE,
  type MigrationFolder,
} from "./migrations-folder";
import { planMigration } from "./plan";
import { resolveRenames } from "./renames";
import { invertRenames, NO_RENAMES, schemaOf, type Renames, type Schema } from "./schema";
import { buildTableModel } from "./table-model";

export interface SchemaChange {
  readonly old: Schema;
  readonly next: Schema;
  readonly renames: Renames;
  readonly up: readonly Change[];
  readonly down: readonly Change[];
  /** Rename-tag problems, then the lint of up.sql. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Points a finding at the model or field behind a table or column of the new schema. */
export function locator(ir: SpecIR, next: Schema): Locate {
  return (tableName, column) => {
    const table = next.tables.find((t) => t.name === tableName);
    const model = ir.models.find((m) => m.name === table?.modelName);
    if (!model) return undefined;
    const field = column === undefined ? undefined : table!.columns.find((c) => c.name === column)?.field;
    return (field !== undefined ? model.fields.find((f) => f.name === field)?.loc : undefined) ?? model.loc;
  };
}

/** Compares two schemas; `ir` (the new spec) supplies declared renames and lint locations. */
export function compareSchemas(old: Schema, next: Schema, ir?: SpecIR): SchemaChange {
  const resolved = ir ? resolveRenames(ir, next, old) : { renames: NO_RENAMES, diagnostics: [] };
  const up = planMigration(old, next, resolved.renames);
  const down = planMigration(next, old, invertRenames(resolved.renames));
  const lint = lintMigration(up, ir ? locator(ir, next) : undefined);
  return { old, next, renames: resolved.renames, up, down, diagnostics: [...resolved.diagnostics, ...lint] };
}

export function currentSchema(ir: SpecIR, config: SpecloomConfig): Schema {
  return schemaOf(buildTableModel(ir, config.sql));
}

export interface ProjectMigration extends SchemaChange {
  readonly last?: MigrationFolder;
  /** `0003_add-bio`. */
  readonly id: string;
  /** Relative to the migration's folder. */
  readonly files: readonly EmittedFile[];
}

/** The next migration of a project, against its last snapshot. Nothing is written here. */
export function planProjectMigration(
  projectDir: string,
  ir: SpecIR,
  config: SpecloomConfig,
  name: string,
): ProjectMigration & { readonly readDiagnostics: readonly Diagnostic[] } {
  const previous = lastSchema(projectDir);
  const next = currentSchema(ir, config);
  const change = compareSchemas(previous.schema, next, ir);
  const id = nextMigrationId(projectDir, name);
  const files: EmittedFile[] = [
    { path: "up.sql", content: renderMigrationSql(`Migration ${id}, up`, change.up) },
    { path: "down.sql", content: renderMigrationSql(`Migration ${id}, down to ${previous.last?.id ?? "an empty schema"}`, change.down) },
    { path: SNAPSHOT_FILE, content: renderSnapshot(next) },
    { path: LINT_FILE, content: renderLint(change.up.length, change.diagnostics) },
  ];
  return { ...change, ...(previous.last ? { last: previous.last } : {}), id, files, readDiagnostics: previous.diagnostics };
}

/** The project's migrations and their lint findings, as backend-spec.md §15 lists them (EmitContext.migrations). */
export function projectMigrations(projectDir: string): { migrations: MigrationSummary[]; diagnostics: Diagnostic[] } {
  return readMigrationSummaries(projectDir, (old, next) => {
    const change = compareSchemas(old, next);
    return { changes: change.up.length, findings: change.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message })) };
  });
}
