import { defineRule } from "../rule";

export default defineRule({
  id: "naming-duplicate-column",
  code: "SL4004",
  severity: "error",
  message: "Column '{column}' of table '{table}' ({source}) is already used by {first}.",
  docs: "After naming (snake_case, or an explicit `Column<…>`), the columns of a table must be distinct: `userId` and `user_id` collide.",
  checklist: ["models"],
  check(ctx) {
    for (const t of ctx.tables().tables) {
      const first = new Map<string, string>();
      for (const c of t.columns) {
        const source = c.field ? `field '${c.field}'` : "a generated column";
        const key = c.name.toLowerCase();
        const prior = first.get(key);
        if (prior !== undefined) ctx.report({ column: c.name, table: t.name, source, first: prior }, c.loc);
        else first.set(key, source);
      }
    }
  },
});
