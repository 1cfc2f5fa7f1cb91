/** The safety lint: one pass over the planned changes of up.sql, one diagnostic per risky change. */
import { diagnosticFromDef, type Diagnostic, type SourceLocation } from "@specloom/core";
import type { Change } from "./change";
import { MIGRATE_DIAGNOSTICS, type MigrateDiagnosticId } from "./diagnostics";

/** Where a finding points in the spec: the model or field that caused it, when it still exists. */
export type Locate = (table: string | undefined, column?: string) => SourceLocation | undefined;

export function lintMigration(changes: readonly Change[], locate: Locate = () => undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  const add = (id: MigrateDiagnosticId, args: Record<string, string>, c: Change) =>
    out.push(diagnosticFromDef(id, MIGRATE_DIAGNOSTICS[id], args, locate(c.table, c.column)));
  // Columns this migration adds without a default hold only NULLs: no unique, check or FK can fail on them.
  const allNull = new Set(changes.filter((c) => c.kind === "add-column" && !c.hasDefault).map((c) => `${c.table}.${c.column}`));
  const onNullsOnly = (c: Change, columns: readonly string[]) => columns.length > 0 && columns.every((col) => allNull.has(`${c.table}.${col}`));
  for (const c of changes) {
    const table = c.table ?? "";
    const column = c.column ?? "";
    const name = c.name ?? "";
    switch (c.kind) {
      case "drop-table":
        add("migrate-drop-table", { table }, c);
        break;
      case "drop-column":
        add("migrate-drop-column", { table, column }, c);
        break;
      // Each table the recreated type rewrites is reported on its column's type change.
      case "rewrite-enum":
        if ((c.removedValues?.length ?? 0) > 0)
          add("migrate-drop-enum-value", { type: name, values: c.removedValues!.map((v) => `'${v}'`).join(", ") }, c);
        break;
      case "add-column":
        if (c.existingTable && !c.hasDefault && c.notNull) add("migrate-add-not-null-column", { table, column }, c);
        if (c.existingTable && c.rewrite) add("migrate-table-rewrite", { what: `adding '${column}' with a volatile default or identity`, table }, c);
        break;
      case "set-not-null":
        if (c.existingTable) add("migrate-set-not-null", { table, column }, c);
        break;
      case "alter-column-type":
        if (!c.widening) add("migrate-narrow-type", { table, column, from: c.from ?? "", to: c.to ?? "" }, c);
        if (c.rewrite) add("migrate-table-rewrite", { what: `changing the type of '${column}'`, table }, c);
        break;
      case "add-unique":
        if (!onNullsOnly(c, c.columns ?? [])) add("migrate-add-unique", { table, name }, c);
        add("migrate-index-lock", { what: `unique constraint '${name}'`, table }, c);
        break;
      case "add-primary-key":
        add("migrate-index-lock", { what: "the new primary key", table }, c);
        break;
      case "create-index":
        if (c.unique && !onNullsOnly(c, c.columns ?? [])) add("migrate-add-unique", { table, name }, c);
        if (c.existingTable && !c.concurrent) add("migrate-index-lock", { what: `index '${name}'`, table }, c);
        break;
      case "add-check":
        if (c.existingTable && !onNullsOnly(c, c.column ? [c.column] : [])) add("migrate-add-check", { table, name }, c);
        break;
      case "add-foreign-key":
        if (c.existingTable && !onNullsOnly(c, c.columns ?? [])) add("migrate-add-foreign-key", { table, name }, c);
        break;
      case "drop-identity":
        add("migrate-drop-identity", { table, column }, c);
        break;
      case "add-identity":
      case "alter-identity":
        if (c.existingTable && c.to === "always") add("migrate-identity-always", { table, column }, c);
        break;
      case "rename-table":
        add("migrate-rename", { what: "table", from: c.from ?? "", to: table }, c);
        break;
      case "rename-column":
        add("migrate-rename", { what: "column", from: `${table}.${c.from ?? ""}`, to: `${table}.${column}` }, c);
        break;
      default:
        break;
    }
  }
  return out;
}
