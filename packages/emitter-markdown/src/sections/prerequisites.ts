/** The intro under the title: which prerequisite documents (PRD, architecture, tech stack) were found. */
import type { SectionContext } from "../context";
import { code, Md } from "../render/md";

const PREREQUISITES = [
  ["prd", "product/PRD.md"],
  ["architecture", "technical/architecture.md"],
  ["techStack", "technical/tech-stack.md"],
] as const;

export function renderPrerequisites(ctx: SectionContext, md: Md): void {
  const { t } = ctx;
  md.paragraph(t.intro);
  const found = ctx.ir.project.documents;
  md.field(t.prerequisites.label).bullets(
    PREREQUISITES.map(([key, suffix]) => {
      const doc = found.find((d) => d === suffix || d.endsWith(`/${suffix}`));
      const expected = `${ctx.config.documentationDir}/${suffix}`;
      return `${t.prerequisites[key]}: ${doc ? code(doc) : `${code(expected)} (${t.prerequisites.missing})`}`;
    }),
  );
}
