import { defineRule } from "../rule";

export default defineRule({
  id: "naming-duplicate-table",
  code: "SL4003",
  severity: "error",
  message: "Table name '{table}' of {what} is already used by {first}.",
  docs: "After naming (plural snake_case, or an explicit `table`), no two models or join tables may share a table name.",
  checklist: ["models"],
  check(ctx) {
    const first = new Map<string, string>();
    for (const t of ctx.tables().tables) {
      const what = t.model ? `model '${t.model}'` : `join table of '${t.name}'`;
      const key = t.name.toLowerCase(); // PostgreSQL folds unquoted names
      const prior = first.get(key);
      if (prior) ctx.report({ table: t.name, what, first: prior }, t.loc);
      else first.set(key, what);
    }
  },
});
