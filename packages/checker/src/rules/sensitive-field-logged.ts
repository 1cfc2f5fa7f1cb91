import type { FieldNode } from "@specloom/core";
import { defineRule } from "../rule";
import { locAt } from "../util/config";

/** Sensitive fields of models and schemas, first declaration of each name. */
function sensitiveFields(fields: readonly FieldNode[]): FieldNode[] {
  const byName = new Map<string, FieldNode>();
  for (const f of fields) if (f.visibility === "sensitive" && !byName.has(f.name)) byName.set(f.name, f);
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
    const fields = sensitiveFields([...ctx.ir.models.flatMap((m) => m.fields), ...ctx.ir.schemas.flatMap((s) => objectFields(s.type))]);
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
