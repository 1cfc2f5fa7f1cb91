import { defineRule } from "../rule";
import { implementationClaims } from "../util/requirements";

export default defineRule({
  id: "requirement-unimplemented",
  code: "SL4031",
  severity: "warning",
  message: "PRD requirement {id} ('{title}') is not implemented by any endpoint or service method (`@implements {id}`).",
  docs: "When the PRD lists requirements, each id must appear in some endpoint's or service method's `@implements`, so every feature traces to the API.",
  checklist: ["endpoints"],
  check(ctx) {
    const claimed = new Set(implementationClaims(ctx.ir).map((c) => c.id));
    for (const r of ctx.ir.project.requirements) {
      if (!claimed.has(r.id)) ctx.report({ id: r.id, title: r.title }, r.loc);
    }
  },
});
