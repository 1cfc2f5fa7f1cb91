/** 14. Testing Strategy: test levels and the coverage target from the config. */
import type { SectionContext } from "../context";
import { Md } from "../render/md";
import { practiceBullets } from "./12-performance";

export function renderTesting(ctx: SectionContext, md: Md): void {
  const { t } = ctx;
  md.heading(2, t.sections.testing);
  const testing = ctx.ir.config.testing?.value;
  if (!testing) {
    md.paragraph(t.common.notConfigured("testing"));
    return;
  }
  md.bullets(practiceBullets(testing.levels));
  md.field(t.testing.coverage, t.testing.coverageText(testing.coverageTarget));
}
