import type { SourceTable } from "@specloom/model";
import { defineRule } from "../rule";
import { NodeFindings } from "../util/node-findings";

const findings = new NodeFindings<SourceTable>();

/** An index serves an FK lookup when the FK columns are its leading columns, in order. */
function leadsWith(list: readonly string[], columns: readonly string[]): boolean {
  return columns.every((c, i) => list[i] === c);
}

export default defineRule({
  id: "fk-index-missing",
  code: "SL4005",
  severity: "warning",
  message: "Foreign key {columns} of table '{table}' has no index leading with it.",
  docs: "Every foreign key needs an index whose leading columns are the FK columns (joins and ON DELETE checks scan otherwise). emitter-sql adds them unless `sql.autoIndexForeignKeys` is false.",
  checklist: ["indexes"],
  check(ctx) {
    findings.each(ctx, ctx.tables().tables, (t, report) => {
      for (const fk of t.foreignKeys) {
        if (!t.lookups.some((l) => leadsWith(l, fk.columns))) report({ columns: `(${fk.columns.join(", ")})`, table: t.name }, fk.loc);
      }
    });
  },
});
