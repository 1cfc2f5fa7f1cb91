import { defineRule } from "../rule";
import { didYouMean } from "../util/text";
import { storedFields } from "@specloom/model";
import type { ModelNode } from "@specloom/core";
import { NodeFindings } from "../util/node-findings";

const findings = new NodeFindings<ModelNode>();

export default defineRule({
  id: "index-field-unknown",
  code: "SL4006",
  severity: "error",
  message: "{what} of model '{model}' names '{field}', which is not a column of the model.{hint}",
  docs: "Index and composite-unique columns must be stored fields of the model (not navigations such as HasMany).",
  checklist: ["indexes"],
  check(ctx) {
    findings.each(ctx, ctx.ir.models, (model, report) => {
      // Index options may name a field or its column, as emitter-sql accepts both.
      const columns = new Set(storedFields(model).flatMap((f) => [f.name, ...(f.column ? [f.column] : [])]));
      for (const index of model.indexes) {
        const what = index.name ? `Index '${index.name}'` : "An index";
        for (const c of index.columns) {
          if (!columns.has(c.field)) report({ what, model: model.name, field: c.field, hint: didYouMean(c.field, columns) }, index.loc);
        }
      }
      for (const group of model.uniques) {
        for (const field of group) {
          if (!columns.has(field)) report({ what: `Unique (${group.join(", ")})`, model: model.name, field, hint: didYouMean(field, columns) }, model.loc);
        }
      }
    });
  },
});
