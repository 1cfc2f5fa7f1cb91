/**
 * The migration planner: old schema + new schema + declared renames → the
 * ordered changes that turn one catalog into the other. down.sql is the same
 * planner run the other way, so it returns exactly the old catalog.
 *
 * Order: drop what goes or changes (FKs first, then triggers, indexes,
 * constraints, tables), enums, renames, new tables, columns, new constraints,
 * comments, updated_at, FKs last; CONCURRENTLY indexes after the transaction.
 */
import type { Change } from "./change";
import { buildPlanContext, type PlanContext, type TablePair } from "./plan-context";
import { planColumns } from "./plan-columns";
import { planEnumsAfterColumns, planEnumsBeforeColumns } from "./plan-enums";
import { planTriggers } from "./plan-triggers";
import type { Renames, Schema } from "./schema";
import * as sql from "./statements";
import { renderComments, renderCreateIndex, renderCreateTable, renderForeignKey, type ForeignKey, type Index } from "./table-model";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function fkKey(fk: ForeignKey) {
  return { name: fk.name, columns: fk.columns, refTable: fk.refTable, refColumns: fk.refColumns, onDelete: fk.onDelete, onUpdate: fk.onUpdate };
}
const indexKey = (i: Index) => ({ name: i.name, columns: i.columns, unique: i.unique, where: i.where ?? null });

/** FKs of the new schema that must be (re)created, and old ones to drop, by table pair. */
function foreignKeyChanges(ctx: PlanContext, pair: TablePair): { drop: ForeignKey[]; add: ForeignKey[] } {
  const touched = (fk: ForeignKey) =>
    ctx.pkChanged.has(fk.refTable) ||
    fk.columns.some((c) => ctx.retyped.has(`${fk.table}.${c}`)) ||
    fk.refColumns.some((c) => ctx.retyped.has(`${fk.refTable}.${c}`));
  const drop: ForeignKey[] = [];
  const add: ForeignKey[] = [];
  pair.translated.foreignKeys.forEach((t, i) => {
    const n = pair.next.foreignKeys.find((x) => x.name === t.name);
    if (!n || !same(fkKey(t), fkKey(n)) || touched(n)) drop.push(pair.old.foreignKeys[i]!);
  });
  for (const n of pair.next.foreignKeys) {
    const t = pair.translated.foreignKeys.find((x) => x.name === n.name);
    if (!t || !same(fkKey(t), fkKey(n)) || touched(n)) add.push(n);
  }
  return { drop, add };
}

/** Old items (by index) that go and new ones to create; `touched` ones are rebuilt even when unchanged. */
function changedBy<T extends { name: string }>(olds: readonly T[], news: readonly T[], key: (x: T) => unknown, touched: (x: T) => boolean): { gone: number[]; added: T[] } {
  const kept = (o: T) => news.some((n) => n.name === o.name && same(key(o), key(n)) && !touched(n));
  const gone = olds.flatMap((o, i) => (kept(o) ? [] : [i]));
  const added = news.filter((n) => !olds.some((o) => o.name === n.name && same(key(o), key(n)) && !touched(n)));
  return { gone, added };
}

/** Whether SQL text (a CHECK expression, an index predicate) mentions a column, quoted or bare. */
function mentions(text: string | undefined, column: string): boolean {
  if (!text) return false;
  const q = sql.q(column).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\w"])${q}($|[^\\w"])`).test(text);
}

export function planMigration(old: Schema, next: Schema, renames: Renames): Change[] {
  const ctx = buildPlanContext(old, next, renames);
  const out: Change[] = [];
  const tx = (c: Omit<Change, "phase">) => out.push({ ...c, phase: "transaction" });
  const fkPlans = ctx.pairs.map((p) => ({ pair: p, ...foreignKeyChanges(ctx, p) }));

  // 1. FKs that go or change, on surviving tables (a dropped table takes its own with it).
  for (const { pair, drop } of fkPlans) for (const fk of drop) tx({ kind: "drop-foreign-key", table: pair.old.name, name: fk.name, statements: [sql.dropConstraint(pair.old.name, fk.name)] });
  // FKs on dropped tables that point at surviving ones would block nothing; FKs into dropped tables from survivors are in `drop` above.
  out.push(...planTriggers(ctx, "drop"));
  // 2. Indexes, uniques, checks and primary keys that go or change.
  // A retyped column's indexes and checks are rebuilt: their expressions were typed for the old type.
  const constraintPlans = ctx.pairs.map((pair) => {
    const retyped = pair.next.columns.filter((c) => ctx.retyped.has(`${pair.next.name}.${c.name}`)).map((c) => c.name);
    const uses = (columns: readonly string[], text?: string) => retyped.some((c) => columns.includes(c) || mentions(text, c));
    return {
      pair,
      indexes: changedBy(pair.translated.indexes, pair.next.indexes, indexKey, (i) => uses([], i.where)),
      uniques: changedBy(pair.translated.uniques, pair.next.uniques, (u) => u.columns, () => false),
      checks: changedBy(pair.translated.checks, pair.next.checks, (c) => c.expression, (c) => uses(c.column ? [c.column] : [], c.expression)),
    };
  });
  for (const { pair, indexes, uniques, checks } of constraintPlans) {
    const t = pair.old.name;
    for (const i of indexes.gone) tx({ kind: "drop-index", table: t, name: pair.old.indexes[i]!.name, statements: [`DROP INDEX ${sql.q(pair.old.indexes[i]!.name)};`] });
    for (const i of uniques.gone) tx({ kind: "drop-unique", table: t, name: pair.old.uniques[i]!.name, statements: [sql.dropConstraint(t, pair.old.uniques[i]!.name)] });
    for (const i of checks.gone) tx({ kind: "drop-check", table: t, name: pair.old.checks[i]!.name, statements: [sql.dropConstraint(t, pair.old.checks[i]!.name)] });
    if (ctx.pkChanged.has(pair.next.name) && pair.old.primaryKey.length > 0) {
      tx({ kind: "drop-primary-key", table: t, name: `${t}_pkey`, statements: [sql.dropConstraint(t, `${t}_pkey`)] });
    }
  }
  // 3. Tables that go: FKs between dropped tables first, so the order of drops does not matter.
  for (const t of ctx.dropped) for (const fk of t.foreignKeys) tx({ kind: "drop-foreign-key", table: t.name, name: fk.name, statements: [sql.dropConstraint(t.name, fk.name)] });
  for (const t of ctx.dropped) tx({ kind: "drop-table", table: t.name, statements: [`DROP TABLE ${sql.q(t.name)};`] });
  // 4. Enum types: new ones, appended values (before the transaction), rewrites begin.
  out.push(...planEnumsBeforeColumns(ctx));
  // 5. Declared renames: tables (and their primary-key constraint), then columns.
  for (const { old: o, next: n } of ctx.pairs) {
    if (o.name === n.name) continue;
    tx({ kind: "rename-table", table: n.name, from: o.name, existingTable: true, statements: [sql.alterTable(o.name, `RENAME TO ${sql.q(n.name)}`)] });
    if (o.primaryKey.length > 0 && !ctx.pkChanged.has(n.name)) {
      tx({ kind: "rename-primary-key", table: n.name, statements: [sql.alterTable(n.name, `RENAME CONSTRAINT ${sql.q(`${o.name}_pkey`)} TO ${sql.q(`${n.name}_pkey`)}`)] });
    }
  }
  for (const { translated, next: n } of ctx.pairs) {
    for (const [newCol, oldCol] of ctx.renames.columns.get(n.name) ?? []) {
      if (!translated.columns.some((c) => c.name === newCol)) continue;
      tx({ kind: "rename-column", table: n.name, column: newCol, from: oldCol, existingTable: true, statements: [sql.alterTable(n.name, `RENAME COLUMN ${sql.q(oldCol)} TO ${sql.q(newCol)}`)] });
    }
  }
  // 6. New tables, with their indexes (an empty table needs no CONCURRENTLY) and comments.
  for (const t of ctx.created) {
    tx({ kind: "create-table", table: t.name, statements: [renderCreateTable(t), ...t.indexes.map((i) => renderCreateIndex(i)), ...renderComments(t)] });
  }
  // 7. Columns of surviving tables.
  for (const pair of ctx.pairs) out.push(...planColumns(ctx, pair));
  // 8. New primary keys, uniques and checks on surviving tables.
  for (const { pair, uniques, checks } of constraintPlans) {
    const t = pair.next.name;
    if (ctx.pkChanged.has(t) && pair.next.primaryKey.length > 0) tx({ kind: "add-primary-key", table: t, existingTable: true, statements: [sql.addPrimaryKey(t, pair.next.primaryKey)] });
    for (const u of uniques.added) tx({ kind: "add-unique", table: t, name: u.name, columns: u.columns, existingTable: true, statements: [sql.addUnique(t, u.name, u.columns)] });
    for (const c of checks.added) tx({ kind: "add-check", table: t, name: c.name, column: c.column, existingTable: true, statements: [sql.addCheck(t, c.name, c.expression)] });
    if ((pair.translated.comment ?? null) !== (pair.next.comment ?? null)) tx({ kind: "comment", table: t, statements: [sql.tableComment(t, pair.next.comment)] });
  }
  // 9. Enum types no column uses any more, and the old halves of rewrites.
  out.push(...planEnumsAfterColumns(ctx));
  // 10. updated_at function and triggers, then every new or changed FK.
  out.push(...planTriggers(ctx, "create"));
  const addFk = (fk: ForeignKey, existing: boolean) =>
    tx({ kind: "add-foreign-key", table: fk.table, name: fk.name, existingTable: existing, statements: [renderForeignKey(fk)] });
  for (const t of ctx.created) for (const fk of t.foreignKeys) addFk(fk, false);
  for (const { add } of fkPlans) for (const fk of add) addFk(fk, true);
  // 11. Indexes on tables that may hold rows: CONCURRENTLY, after the transaction.
  for (const { pair, indexes } of constraintPlans) {
    for (const i of indexes.added) {
      const statement = renderCreateIndex(i).replace(/^CREATE (UNIQUE )?INDEX /, (m) => `${m}CONCURRENTLY `);
      out.push({ kind: "create-index", phase: "after", table: pair.next.name, name: i.name, existingTable: true, concurrent: true, unique: i.unique, columns: i.columns.map((c) => c.name), statements: [statement] });
    }
  }
  return out;
}
