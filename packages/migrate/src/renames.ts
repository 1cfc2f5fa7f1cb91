/**
 * Renames come only from `@renamedFrom old_name` on a model or field, never
 * from guessing. The old name may be the IR name or the SQL name. A tag whose
 * rename an earlier migration already made (the new name is in the snapshot)
 * is quietly satisfied; one that matches nothing is reported.
 */
import type { Diagnostic, SpecIR } from "@specloom/core";
import { migrateDiagnostics } from "./diagnostics";
import type { Renames, Schema } from "./schema";
import type { Table } from "./table-model";

export function resolveRenames(ir: SpecIR, next: Schema, old: Schema): { renames: Renames; diagnostics: Diagnostic[] } {
  const tables = new Map<string, string>();
  const columns = new Map<string, Map<string, string>>();
  const diagnostics: Diagnostic[] = [];
  const oldTable = (name: string) => old.tables.find((t) => t.name === name);
  for (const model of ir.models) {
    const table = next.tables.find((t) => t.modelName === model.name);
    if (!table) continue;
    const from = model.docs.renamedFrom;
    let before: Table | undefined = oldTable(table.name);
    if (from !== undefined && !before) {
      before = old.tables.find((t) => t.modelName === from || t.name === from);
      if (before && !next.tables.some((t) => t.name === before!.name)) tables.set(table.name, before.name);
      else {
        before = undefined;
        diagnostics.push(migrateDiagnostics.create("migrate-renamed-from-unmatched", { from, where: model.name }, model.loc));
      }
    }
    if (!before) continue;
    for (const field of model.fields) {
      const fromField = field.docs.renamedFrom;
      const column = table.columns.find((c) => c.field === field.name);
      if (fromField === undefined || !column || before.columns.some((c) => c.name === column.name)) continue;
      const was = before.columns.find((c) => c.field === fromField || c.name === fromField);
      if (was && !table.columns.some((c) => c.name === was.name)) {
        const map = columns.get(table.name) ?? new Map<string, string>();
        map.set(column.name, was.name);
        columns.set(table.name, map);
      } else
        diagnostics.push(
          migrateDiagnostics.create("migrate-renamed-from-unmatched", { from: fromField, where: `${model.name}.${field.name}` }, field.loc),
        );
    }
  }
  return { renames: { tables, columns }, diagnostics };
}
