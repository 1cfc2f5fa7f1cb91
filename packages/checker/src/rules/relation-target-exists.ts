import type { ModelNode } from "@specloom/core";
import { defineRule } from "../rule";
import { didYouMean } from "../util/text";
import { NodeFindings } from "../util/node-findings";

/** By model: it reads other models only through the recorded index. */
const findings = new NodeFindings<ModelNode>();

export default defineRule({
  id: "relation-target-exists",
  code: "SL4002",
  severity: "error",
  message: "Relation '{model}.{relation}' refers to {what} '{name}', which does not exist.{hint}",
  docs: "Relation targets, join models (`through`), foreign-key fields and referenced fields must all exist, or no foreign key can be emitted.",
  checklist: ["models"],
  check(ctx) {
    const hasField = (m: ModelNode | undefined, name: string) => !m || m.fields.some((f) => f.name === name);
    findings.each(ctx, ctx.ir.models, (model, reportFinding, { models }) => {
      for (const r of model.relations) {
        const report = (what: string, name: string, candidates: Iterable<string>) =>
          reportFinding({ model: model.name, relation: r.name, what, name, hint: didYouMean(name, candidates) }, r.loc);
        const fieldsOf = (m: ModelNode) => m.fields.map((f) => `${m.name}.${f.name}`);
        const target = models.get(r.targetModel);
        if (!target) report("model", r.targetModel, models.keys());
        if (r.through && !models.has(r.through)) report("join model", r.through, models.keys());
        if (!r.foreignKey) continue;
        // belongsTo: the FK lives here; hasMany/hasOne: on the target.
        const owner = r.relationKind === "belongsTo" ? model : r.relationKind === "manyToMany" ? undefined : target;
        if (owner && !hasField(owner, r.foreignKey)) report("field", `${owner.name}.${r.foreignKey}`, fieldsOf(owner));
        if (r.relationKind === "belongsTo" && target && r.references && !hasField(target, r.references)) {
          report("field", `${r.targetModel}.${r.references}`, fieldsOf(target));
        }
      }
    });
  },
});
