/** What every section renders from: the IR, the catalog, and lookups built once. */
import type { ChecklistStatus, EndpointNode, MigrationSummary, SpecIR, SpecloomConfig } from "@specloom/core";
import { getModel, type IrIndex } from "@specloom/model";

export type { IrIndex };
import type { Catalog } from "./catalogs";

export interface SectionContext {
  readonly ir: SpecIR;
  readonly config: SpecloomConfig;
  readonly language: string;
  readonly t: Catalog;
  readonly checklist?: readonly ChecklistStatus[];
  /** The project's migrations with their lint findings (§15), when the caller read the folder. */
  readonly migrations?: readonly MigrationSummary[];
  readonly index: IrIndex;
  /** `hasDeclaredSecurity(ir)`, asked by every endpoint: a scan of the whole spec, done once. */
  readonly declaredSecurity: boolean;
}

export function indexIr(ir: SpecIR): IrIndex {
  return getModel(ir).index;
}

/** `POST /api/users/:id`, the way headings and tables name an endpoint. */
export function endpointLabel(e: EndpointNode): string {
  return `${e.method} ${e.path}`;
}
