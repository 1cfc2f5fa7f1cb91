import type { SourceTable } from "@specloom/model";
import { defineRule } from "../rule";
import { NodeFindings } from "../util/node-findings";

/** By table: a kept model's table is the same object in the next build. */
const findings = new NodeFindings<SourceTable>();

export default defineRule({
  id: "model-primary-key",
  code: "SL4001",
  severity: "error",
  message: "Model '{model}' (table '{table}') has no primary key; tag a field with PrimaryKey.",
  docs: "Every model's table needs a primary key (PrimaryKey fields, or a field named `id`) so rows can be referenced and updated.",
  checklist: ["models"],
  check(ctx) {
    findings.each(ctx, ctx.tables().tables, (t, report, { models }) => {
      const model = t.model ? models.get(t.model) : undefined;
      if (model && t.primaryKey.length === 0) report({ model: model.name, table: t.name }, model.loc);
    });
  },
});
