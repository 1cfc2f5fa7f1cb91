import type { SourceTable } from "@specloom/model";
import { defineRule } from "../rule";
import { duplicatesInSourceOrder } from "../util/duplicates";
import { inSourceOrder } from "../util/source-order";

/** PostgreSQL folds unquoted names. */
const lowerName = (t: SourceTable) => t.name.toLowerCase();

export default defineRule({
  id: "naming-duplicate-table",
  code: "SL4003",
  severity: "error",
  message: "Table name '{table}' of {what} is already used by {first}.",
  docs: "After naming (plural snake_case, or an explicit `table`, shortened to PostgreSQL's identifier limit), no two models or join tables may share a table name; a clashing join table would be silently renamed.",
  checklist: ["models"],
  check(ctx) {
    const tables = ctx.tables().tables;
    const describe = (model?: string, table?: string) => (model ? `model '${model}'` : `the join table '${table}'`);
    // A renamed join table is reported whatever else uses its declared name.
    const named = tables.filter((t) => !t.renamedFrom);
    const duplicates = new Map(duplicatesInSourceOrder(named, lowerName, (x) => x.loc).map((d) => [d.item, d.first]));
    const reported = tables.filter((t) => t.renamedFrom || duplicates.has(t));
    for (const t of inSourceOrder(reported, (x) => x.loc)) {
      if (t.renamedFrom) {
        // emitter-sql renamed it to stay valid; the declared name still collides.
        const owner = tables.find((o) => o !== t && o.name.toLowerCase() === t.renamedFrom!.toLowerCase());
        ctx.report(
          {
            table: t.renamedFrom,
            what: `the join table declared by a many-to-many relation`,
            first: owner ? describe(owner.model, owner.name) : "another table",
          },
          t.loc,
        );
        continue;
      }
      const first = duplicates.get(t)!;
      ctx.report({ table: t.name, what: describe(t.model, t.name), first: describe(first.model, first.name) }, t.loc);
    }
  },
});
