import { getModel } from "@specloom/model";
import { defineRule } from "../rule";

export default defineRule({
  id: "model-primary-key",
  code: "SL4001",
  severity: "error",
  message: "Model '{model}' (table '{table}') has no primary key; tag a field with PrimaryKey.",
  docs: "Every model's table needs a primary key (PrimaryKey fields, or a field named `id`) so rows can be referenced and updated.",
  checklist: ["models"],
  check(ctx) {
    const { models } = getModel(ctx.ir).index;
    for (const t of ctx.tables().tables) {
      const model = t.model ? models.get(t.model) : undefined;
      if (model && t.primaryKey.length === 0) ctx.report({ model: model.name, table: t.name }, model.loc);
    }
  },
});
