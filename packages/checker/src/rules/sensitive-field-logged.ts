import type { FieldNode, ModelNode, SchemaNode } from "@specloom/core";
import { defineRule } from "../rule";
import { locAt } from "../util/config";

const NONE: readonly FieldNode[] = [];

/** A model's or schema's sensitive fields, by node: an edit rescans only the nodes it replaced. */
const sensitiveByNode = new WeakMap<ModelNode | SchemaNode, readonly FieldNode[]>();

function sensitiveOf(node: ModelNode | SchemaNode): readonly FieldNode[] {
  let found = sensitiveByNode.get(node);
  if (!found) {
    const fields = node.kind === "model" ? node.fields : objectFields(node.type);
    const sensitive = fields.filter((f) => f.visibility === "sensitive");
    sensitiveByNode.set(node, (found = sensitive.length > 0 ? sensitive : NONE));
  }
  return found;
}

/** Sensitive fields of models and schemas, first declaration of each name. */
function sensitiveFields(nodes: readonly (readonly (ModelNode | SchemaNode)[])[]): FieldNode[] {
  const byName = new Map<string, FieldNode>();
  for (const list of nodes) for (const node of list) for (const f of sensitiveOf(node)) if (!byName.has(f.name)) byName.set(f.name, f);
  return [...byName.values()];
}

function objectFields(type: { kind: string; properties?: readonly FieldNode[] }): readonly FieldNode[] {
  return type.kind === "object" ? (type.properties ?? []) : [];
}

export default defineRule({
  id: "sensitive-field-logged",
  code: "SL4022",
  severity: "warning",
  message: "Sensitive field '{field}' {problem}.",
  docs: "Sensitive fields must stay out of logs: a logging config section must exist (its `exclude` list is unioned with every Sensitive field), and its example entry must not show an excluded field.",
  checklist: ["logging"],
  check(ctx) {
    const fields = sensitiveFields([ctx.ir.models, ctx.ir.schemas]);
    const logging = ctx.ir.config.logging;
    if (!logging) {
      for (const f of fields)
        ctx.report({ field: f.name, problem: "is not excluded from logs: no `satisfies LoggingConfig` section declares the exclusions" }, f.loc);
      return;
    }
    const excluded = new Set([...(logging.value.exclude ?? []), ...fields.map((f) => f.name)].map((n) => n.toLowerCase()));
    for (const key of Object.keys(logging.value.example ?? {})) {
      if (excluded.has(key.toLowerCase())) {
        ctx.report({ field: key, problem: "appears in the logging example although it is excluded from logs" }, locAt(logging, ["example", key]));
      }
    }
  },
});
