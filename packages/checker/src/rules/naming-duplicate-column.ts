import { defineRule } from "../rule";

export default defineRule({
  id: "naming-duplicate-column",
  code: "SL4004",
  severity: "error",
  message: "Column '{column}' of table '{table}' (field '{field}') is already used by field '{first}'.",
  docs: "After naming (snake_case, or an explicit `Column<…>`), the columns of a table must be distinct: `userId` and `user_id` collide.",
  checklist: ["models"],
  check(ctx) {
    for (const t of ctx.tables().tables) {
      const first = new Map<string, string>();
      for (const c of t.columns) {
        const key = c.name.toLowerCase();
        const prior = first.get(key);
        if (prior !== undefined) ctx.report({ column: c.name, table: t.name, field: c.field, first: prior }, c.loc);
        else first.set(key, c.field);
      }
    }
  },
});
