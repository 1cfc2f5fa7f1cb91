import { defineRule } from "../rule";
import { inSourceOrder } from "../util/source-order";

export default defineRule({
  id: "naming-duplicate-table",
  code: "SL4003",
  severity: "error",
  message: "Table name '{table}' of {what} is already used by {first}.",
  docs: "After naming (plural snake_case, or an explicit `table`, shortened to PostgreSQL's identifier limit), no two models or join tables may share a table name; a clashing join table would be silently renamed.",
  checklist: ["models"],
  check(ctx) {
    const first = new Map<string, string>();
    const describe = (model?: string, table?: string) => (model ? `model '${model}'` : `the join table '${table}'`);
    for (const t of inSourceOrder(ctx.tables().tables, (x) => x.loc)) {
      const what = describe(t.model, t.name);
      if (t.renamedFrom) {
        // emitter-sql renamed it to stay valid; the declared name still collides.
        const owner = ctx.tables().tables.find((o) => o !== t && o.name.toLowerCase() === t.renamedFrom!.toLowerCase());
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
      const key = t.name.toLowerCase(); // PostgreSQL folds unquoted names
      const prior = first.get(key);
      if (prior) ctx.report({ table: t.name, what, first: prior }, t.loc);
      else first.set(key, what);
    }
  },
});
