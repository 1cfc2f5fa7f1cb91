/** Next Steps, from the seed, translated. */
import type { SectionContext } from "../context";
import { Md } from "../render/md";

export function renderNextSteps(ctx: SectionContext, md: Md): void {
  md.heading(2, ctx.t.sections.nextSteps).numbered(ctx.t.nextSteps);
}
