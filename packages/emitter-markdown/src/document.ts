/** The document as formatting chunks: title, the seed's sections in order, checklist, appendix. */
import type { EmitContext } from "@specloom/core";
import { hasDeclaredSecurity } from "@specloom/model";
import { catalogFor } from "./catalogs";
import { indexIr, type SectionContext } from "./context";
import { endDocument, startDocument } from "./render/canonical";
import { Md, type MdChunks } from "./render/md";
import { renderDataModels } from "./sections/01-data-models";
import { renderDatabaseSchema } from "./sections/02-database-schema";
import { renderApiEndpoints } from "./sections/03-api-endpoints";
import { renderServices } from "./sections/04-services";
import { renderAuth } from "./sections/05-auth";
import { renderValidation } from "./sections/06-validation";
import { renderErrors } from "./sections/07-errors";
import { renderIntegrations } from "./sections/08-integrations";
import { renderJobs } from "./sections/09-jobs";
import { renderCaching } from "./sections/10-caching";
import { renderLogging } from "./sections/11-logging";
import { renderPerformance } from "./sections/12-performance";
import { renderSecurity } from "./sections/13-security";
import { renderTesting } from "./sections/14-testing";
import { renderDeployment } from "./sections/15-deployment";
import { renderChecklist } from "./sections/checklist";
import { renderNextSteps } from "./sections/next-steps";
import { renderPrerequisites } from "./sections/prerequisites";
import { renderTraceability } from "./sections/traceability";

/** Document order: the seed's fifteen sections, checklist, next steps, appendix. */
const SECTIONS = [
  renderPrerequisites,
  renderDataModels,
  renderDatabaseSchema,
  renderApiEndpoints,
  renderServices,
  renderAuth,
  renderValidation,
  renderErrors,
  renderIntegrations,
  renderJobs,
  renderCaching,
  renderLogging,
  renderPerformance,
  renderSecurity,
  renderTesting,
  renderDeployment,
  renderChecklist,
  renderNextSteps,
  renderTraceability,
];

export function sectionContext(ctx: EmitContext): SectionContext {
  const t = catalogFor(ctx.language);
  if (!t) throw new UnknownLanguageError(ctx.language);
  return {
    ir: ctx.ir,
    config: ctx.config,
    language: ctx.language,
    t,
    checklist: ctx.checklist,
    ...(ctx.migrations ? { migrations: ctx.migrations } : {}),
    index: indexIr(ctx.ir),
    declaredSecurity: hasDeclaredSecurity(ctx.ir),
  };
}

export class UnknownLanguageError extends Error {
  constructor(readonly language: string) {
    super(`unknown documentation language '${language}'`);
  }
}

export function renderChunks(sc: SectionContext): string[] {
  return renderDocument(sc).chunks;
}

/** The chunks, with the ones known to be canonical marked (parts reused from an earlier build were checked then). */
export function renderDocument(sc: SectionContext): MdChunks {
  startDocument();
  const md = new Md().heading(1, sc.t.title(sc.ir.project.name));
  for (const render of SECTIONS) render(sc, md);
  const chunks = md.chunkList();
  endDocument();
  return chunks;
}
