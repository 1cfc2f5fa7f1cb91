import { defineRule } from "../rule";

/** An index serves an FK lookup when the FK columns are its leading columns. */
function covers(index: readonly string[], fk: readonly string[]): boolean {
  if (index.length < fk.length) return false;
  const lead = new Set(index.slice(0, fk.length));
  return fk.every((c) => lead.has(c));
}

export default defineRule({
  id: "fk-index-missing",
  code: "SL4005",
  severity: "warning",
  message: "Foreign key {columns} of table '{table}' has no index leading with it.",
  docs: "Every foreign key needs an index whose leading columns are the FK columns (joins and ON DELETE checks scan otherwise). Only reachable with `sql.autoIndexForeignKeys: false`.",
  checklist: ["indexes"],
  check(ctx) {
    const { tables, fkIndexesComplete } = ctx.tables();
    if (fkIndexesComplete) return;
    for (const t of tables) {
      const indexes = [t.primaryKey, ...t.indexes];
      for (const fk of t.foreignKeys) {
        if (!indexes.some((i) => covers(i, fk.columns))) ctx.report({ columns: `(${fk.columns.join(", ")})`, table: t.name }, fk.loc);
      }
    }
  },
});
