import { defineRule } from "../rule";

export default defineRule({
  id: "model-primary-key",
  code: "SL4001",
  severity: "error",
  message: "Model '{model}' has no primary key; tag a field with PrimaryKey.",
  docs: "Every model needs a primary key (one field, or several for a composite key) so rows can be referenced and updated.",
  checklist: ["models"],
  check(ctx) {
    for (const model of ctx.ir.models) {
      if (!model.fields.some((f) => f.primaryKey)) ctx.report({ model: model.name }, model.loc);
    }
  },
});
