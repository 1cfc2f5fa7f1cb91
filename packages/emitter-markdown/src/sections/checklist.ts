/** Validation Checklist: the seed's ten items, ticked only when the checker's rules passed. */
import { CHECKLIST_ITEMS } from "@specloom/core";
import type { SectionContext } from "../context";
import { Md, prose } from "../render/md";

export function renderChecklist(ctx: SectionContext, md: Md): void {
  const { t } = ctx;
  md.heading(2, t.sections.checklist);
  if (!ctx.checklist) {
    md.tasks(CHECKLIST_ITEMS.map((item) => ({ done: false, text: t.checklist.items[item] })));
    md.paragraph(t.checklist.notRun);
    return;
  }
  const byItem = new Map(ctx.checklist.map((s) => [s.item, s]));
  md.tasks(
    CHECKLIST_ITEMS.map((item) => {
      const status = byItem.get(item);
      const text = t.checklist.items[item];
      if (status?.notApplicable) return { done: false, text: `${text} — ${t.checklist.notApplicable}` };
      if (status?.passed) return { done: true, text };
      const reasons = status?.reasons.length ? status.reasons.map(prose).join("; ") : t.checklist.noReason;
      return { done: false, text: `${text} — ${reasons}` };
    }),
  );
}
