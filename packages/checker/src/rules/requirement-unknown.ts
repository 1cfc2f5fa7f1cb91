import { defineRule } from "../rule";
import { implementationClaims } from "../util/requirements";

export default defineRule({
  id: "requirement-unknown",
  code: "SL4032",
  severity: "warning",
  message: "{by} implements '{id}', which the PRD does not list.",
  docs: "`@implements` ids must be requirements of the PRD (checked only when the PRD lists any), so a typo does not hide an unimplemented feature.",
  checklist: ["endpoints"],
  check(ctx) {
    const requirements = ctx.ir.project.requirements;
    if (requirements.length === 0) return;
    const known = new Set(requirements.map((r) => r.id));
    for (const claim of implementationClaims(ctx.ir)) {
      if (!known.has(claim.id)) ctx.report({ by: claim.by, id: claim.id }, claim.loc);
    }
  },
});
