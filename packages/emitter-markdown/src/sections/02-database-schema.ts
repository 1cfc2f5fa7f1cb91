/**
 * 2. Database Schema: per-table columns, index SQL, FK constraints, ER diagram.
 * Tables, columns, FKs and indexes come from emitter-sql's table model, the
 * diagram from emitter-mermaid, so this section cannot contradict them.
 */
import type { SectionContext } from "../context";
import { Md } from "../render/md";

export interface ForeignKeyIndexFacts {
  readonly total: number;
  /** FK columns (`table.column`) covered by an index that leads with them. */
  readonly indexed: readonly string[];
  readonly missing: readonly string[];
}

export function renderDatabaseSchema(ctx: SectionContext, md: Md): void {
  const { t } = ctx;
  md.heading(2, t.sections.databaseSchema);
  md.heading(3, t.schema.tables);
  md.paragraph(t.schema.pending);
}

/** Undefined until emitter-sql's table model is wired in. */
export function foreignKeyIndexFacts(_ctx: SectionContext): ForeignKeyIndexFacts | undefined {
  return undefined;
}
