import type { SourceTable } from "@specloom/model";
import { defineRule } from "../rule";
import { NodeFindings } from "../util/node-findings";

const findings = new NodeFindings<SourceTable>();

export default defineRule({
  id: "naming-duplicate-column",
  code: "SL4004",
  severity: "error",
  message: "Column '{column}' of table '{table}' ({source}) is already used by {first}.",
  docs: "After naming (snake_case, or an explicit `Column<…>`), the columns of a table must be distinct: `userId` and `user_id` collide.",
  checklist: ["models"],
  check(ctx) {
    findings.each(ctx, ctx.tables().tables, (t, report) => {
      const first = new Map<string, string>();
      for (const c of t.columns) {
        const source = c.field ? `field '${c.field}'` : "a generated column";
        const key = c.name.toLowerCase();
        const prior = first.get(key);
        if (prior !== undefined) report({ column: c.name, table: t.name, source, first: prior }, c.loc);
        else first.set(key, source);
      }
    });
  },
});
