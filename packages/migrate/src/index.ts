export type { Change, ChangeKind, Phase } from "./change";
export { MIGRATE_DIAGNOSTICS, migrateDiagnostics, type MigrateDiagnosticId } from "./diagnostics";
export { lintMigration, type Locate } from "./lint";
export { compareSchemas, currentSchema, locator, planProjectMigration, projectMigrations, type ProjectMigration, type SchemaChange } from "./migrate";
export { renderMigrationSql, splitStatements } from "./migration-sql";
export {
  lastSchema,
  LINT_FILE,
  listMigrations,
  MIGRATIONS_DIR,
  readSnapshot,
  renderSnapshot,
  SNAPSHOT_FILE,
  validMigrationName,
  type MigrationFolder,
} from "./migrations-folder";
export { planMigration } from "./plan";
export { resolveRenames } from "./renames";
export { EMPTY_SCHEMA, invertRenames, NO_RENAMES, schemaOf, type Renames, type Schema } from "./schema";
export type { ApiChange, ApiChangeId } from "./api-change";
export { diffApis } from "./api-diff";
export { renderDiffJson, renderDiffMarkdown, renderDiffText } from "./diff-report";
export { diffOpenApiSpecs, diffSpecs, type DatabaseChange, type SpecDiff } from "./spec-diff";
export { diffOpenApiDocuments } from "./openapi-diff";
