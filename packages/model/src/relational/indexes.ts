/** Indexes: declared ones, `indexed: true` fields, soft-delete-aware uniques, and FK lookups. */
import type { ModelNode } from "@specloom/core";
import { columnName, uniqueName, type BuildContext } from "./context";
import type { ForeignKey, Index, UniqueConstraint } from "./model";

/** `deleted_at IS NULL`, AND-ed onto an existing predicate. */
export function liveRowsPredicate(ctx: BuildContext, softDeleteColumn: string, where?: string): string {
  const live = `${ctx.dialect.quoteIdent(softDeleteColumn)} IS NULL`;
  return where ? `(${where}) AND ${live}` : live;
}

export function explicitIndexes(ctx: BuildContext, model: ModelNode, table: string, softDeleteColumn?: string): Index[] {
  return model.indexes.map((ix) => {
    const columns = ix.columns.map((c) => ({ name: columnName(ctx, model, c.field), order: c.order }));
    const where = ix.unique && softDeleteColumn ? liveRowsPredicate(ctx, softDeleteColumn, ix.where) : ix.where;
    const prefix = ix.unique ? "uq" : "idx";
    const name = ix.name ? ctx.dialect.identifier(ix.name) : uniqueName(ctx, `${prefix}_${table}_${columns.map((c) => c.name).join("_")}`);
    if (ix.name) ctx.usedNames.add(name);
    return { name, table, columns, unique: ix.unique, ...(where ? { where } : {}), origin: "explicit" as const };
  });
}

/** Unique groups become UNIQUE constraints, or partial unique indexes over live rows when soft-deleted. */
export function uniqueKeys(
  ctx: BuildContext,
  table: string,
  groups: readonly string[][],
  softDeleteColumn?: string,
): { uniques: UniqueConstraint[]; indexes: Index[] } {
  const uniques: UniqueConstraint[] = [];
  const indexes: Index[] = [];
  for (const columns of groups) {
    const name = uniqueName(ctx, `uq_${table}_${columns.join("_")}`);
    if (softDeleteColumn) {
      const where = liveRowsPredicate(ctx, softDeleteColumn);
      indexes.push({ name, table, columns: columns.map((c) => ({ name: c, order: "asc" })), unique: true, where, origin: "unique" });
    } else {
      uniques.push({ name, table, columns });
    }
  }
  return { uniques, indexes };
}

/** Column lists whose index can serve lookups on their leading columns: PK, uniques, full indexes. */
function coveringLists(primaryKey: readonly string[], uniques: readonly UniqueConstraint[], indexes: readonly Index[]): string[][] {
  return [[...primaryKey], ...uniques.map((u) => [...u.columns]), ...indexes.filter((i) => !i.where).map((i) => i.columns.map((c) => c.name))].filter(
    (cols) => cols.length > 0,
  );
}

function leadsWith(list: readonly string[], columns: readonly string[]): boolean {
  return columns.every((c, i) => list[i] === c);
}

export function fieldIndexes(ctx: BuildContext, model: ModelNode, table: string, covered: () => string[][]): Index[] {
  const out: Index[] = [];
  for (const f of model.fields.filter((x) => x.indexed)) {
    const col = columnName(ctx, model, f.name);
    if (covered().some((list) => list.length === 1 && list[0] === col)) continue;
    const index: Index = { name: uniqueName(ctx, `idx_${table}_${col}`), table, columns: [{ name: col, order: "asc" }], unique: false, origin: "field" };
    out.push(index);
  }
  return out;
}

/** An index per FK column unless an index already leads with it (PostgreSQL never adds one itself). */
export function foreignKeyIndexes(
  ctx: BuildContext,
  table: string,
  fks: readonly ForeignKey[],
  primaryKey: readonly string[],
  uniques: readonly UniqueConstraint[],
  existing: readonly Index[],
): Index[] {
  const out: Index[] = [];
  for (const fk of fks) {
    const lists = coveringLists(primaryKey, uniques, [...existing, ...out]);
    if (lists.some((list) => leadsWith(list, fk.columns))) continue;
    const name = uniqueName(ctx, `idx_${table}_${fk.columns.join("_")}`);
    out.push({ name, table, columns: fk.columns.map((c) => ({ name: c, order: "asc" })), unique: false, origin: "fk" });
  }
  return out;
}

export { coveringLists, leadsWith };
