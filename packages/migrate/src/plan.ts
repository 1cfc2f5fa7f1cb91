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
import { buildPlanContext } from "./plan-context";
import { planColumns } from "./plan-columns";
import { planEnumsAfterColumns, planEnumsBeforeColumns } from "./plan-enums";
import { planTriggers } from "./plan-triggers";
import type { Renames, Schema } from "./schema";
import * as sql from "./statements";
import { renderComments, renderCreateIndex, renderCreateTable, renderForeignKey, type ForeignKey, type Index } from "./table-model";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const fkKey = (fk: ForeignKey) => ({
  columns: fk.columns,
  refTable: fk.refTable,
  refColumns: fk.refColumns,
  onDelete: fk.onDelete,
  onUpdate: fk.onUpdate,
});
const indexKey = (i: Index) => ({ columns: i.columns, unique: i.unique, where: i.where ?? null });

interface Diffed<T> {
  /** Positions in the old list of what goes. */
  readonly gone: readonly number[];
  readonly added: readonly T[];
  /** Same definition under a new name (a renamed table or column renames its generated names): renamed in place. */
  readonly renamed: readonly { readonly from: number; readonly to: T }[];
}

/** Compares by name and definition (`key`, without the name); `touched` items are rebuilt even when unchanged. */
function changedBy<T extends { name: string }>(olds: readonly T[], news: readonly T[], key: (x: T) => unknown, touched: (x: T) => boolean): Diffed<T> {
  const kept = (o: T, n: T) => o.name === n.name && same(key(o), key(n)) && !touched(n);
  let gone = olds.flatMap((o, i) => (news.some((n) => kept(o, n)) ? [] : [i]));
  let added = news.filter((n) => !olds.some((o) => kept(o, n)));
  const renamed: { from: number; to: T }[] = [];
  for (const i of gone) {
    const to = added.find((n) => same(key(olds[i]!), key(n)) && !touched(n) && !news.some((x) => x.name === olds[i]!.name));
    if (to) renamed.push({ from: i, to });
  }
  gone = gone.filter((i) => !renamed.some((r) => r.from === i));
  added = added.filter((n) => !renamed.some((r) => r.to === n));
  return { gone, added, renamed };
}

export function planMigration(old: Schema, next: Schema, renames: Renames): Change[] {
  const ctx = buildPlanContext(old, next, renames);
  const out: Change[] = [];
  const tx = (c: Omit<Change, "phase">) => out.push({ ...c, phase: "transaction" });
  // FKs are rebuilt when a column they join is retyped or the primary key they reference changes.
  const fkTouched = (fk: ForeignKey) =>
    ctx.pkChanged.has(fk.refTable) ||
    fk.columns.some((c) => ctx.retyped.has(`${fk.table}.${c}`)) ||
    fk.refColumns.some((c) => ctx.retyped.has(`${fk.refTable}.${c}`));
  const fkPlans = ctx.pairs.map((pair) => ({ pair, fks: changedBy(pair.translated.foreignKeys, pair.next.foreignKeys, fkKey, fkTouched) }));

  // 1. FKs that go or change, on surviving tables (a dropped table takes its own with it).
  for (const { pair, fks } of fkPlans) {
    for (const i of fks.gone)
      tx({
        kind: "drop-foreign-key",
        table: pair.old.name,
        name: pair.old.foreignKeys[i]!.name,
        statements: [sql.dropConstraint(pair.old.name, pair.old.foreignKeys[i]!.name)],
      });
  }
  out.push(...planTriggers(ctx, "drop"));
  // 2. Indexes, uniques, checks and primary keys that go or change.
  // A retyped column's indexes and checks are rebuilt: their expressions were typed for the old type.
  const constraintPlans = ctx.pairs.map((pair) => {
    const retyped = pair.next.columns.filter((c) => ctx.retyped.has(`${pair.next.name}.${c.name}`)).map((c) => c.name);
    const uses = (columns: readonly string[], text?: string) => retyped.some((c) => columns.includes(c) || sql.mentions(text, c));
    return {
      pair,
      indexes: changedBy(pair.translated.indexes, pair.next.indexes, indexKey, (i) => uses([], i.where)),
      uniques: changedBy(
        pair.translated.uniques,
        pair.next.uniques,
        (u) => u.columns,
        () => false,
      ),
      checks: changedBy(
        pair.translated.checks,
        pair.next.checks,
        (c) => c.expression,
        (c) => uses(c.column ? [c.column] : [], c.expression),
      ),
    };
  });
  for (const { pair, indexes, uniques, checks } of constraintPlans) {
    const t = pair.old.name;
    for (const i of indexes.gone)
      tx({ kind: "drop-index", table: t, name: pair.old.indexes[i]!.name, statements: [`DROP INDEX ${sql.q(pair.old.indexes[i]!.name)};`] });
    for (const i of uniques.gone)
      tx({ kind: "drop-unique", table: t, name: pair.old.uniques[i]!.name, statements: [sql.dropConstraint(t, pair.old.uniques[i]!.name)] });
    for (const i of checks.gone)
      tx({ kind: "drop-check", table: t, name: pair.old.checks[i]!.name, statements: [sql.dropConstraint(t, pair.old.checks[i]!.name)] });
    if (ctx.pkChanged.has(pair.next.name) && pair.old.primaryKey.length > 0) {
      tx({ kind: "drop-primary-key", table: t, name: `${t}_pkey`, statements: [sql.dropConstraint(t, `${t}_pkey`)] });
    }
  }
  // 3. Tables that go: FKs between dropped tables first, so the order of drops does not matter.
  for (const t of ctx.dropped)
    for (const fk of t.foreignKeys) tx({ kind: "drop-foreign-key", table: t.name, name: fk.name, statements: [sql.dropConstraint(t.name, fk.name)] });
  for (const t of ctx.dropped) tx({ kind: "drop-table", table: t.name, statements: [`DROP TABLE ${sql.q(t.name)};`] });
  // 4. Enum types: new ones, appended values (before the transaction), rewrites begin.
  out.push(...planEnumsBeforeColumns(ctx));
  // 5. Declared renames: tables (and their primary-key constraint), then columns.
  for (const { old: o, next: n } of ctx.pairs) {
    if (o.name === n.name) continue;
    tx({ kind: "rename-table", table: n.name, from: o.name, existingTable: true, statements: [sql.alterTable(o.name, `RENAME TO ${sql.q(n.name)}`)] });
    if (o.primaryKey.length > 0 && !ctx.pkChanged.has(n.name)) {
      tx({
        kind: "rename-primary-key",
        table: n.name,
        statements: [sql.alterTable(n.name, `RENAME CONSTRAINT ${sql.q(`${o.name}_pkey`)} TO ${sql.q(`${n.name}_pkey`)}`)],
      });
    }
  }
  for (const { translated, next: n } of ctx.pairs) {
    for (const [newCol, oldCol] of ctx.renames.columns.get(n.name) ?? []) {
      if (!translated.columns.some((c) => c.name === newCol)) continue;
      tx({
        kind: "rename-column",
        table: n.name,
        column: newCol,
        from: oldCol,
        existingTable: true,
        statements: [sql.alterTable(n.name, `RENAME COLUMN ${sql.q(oldCol)} TO ${sql.q(newCol)}`)],
      });
    }
  }
  // Keys, constraints and indexes whose generated names follow a renamed table or column.
  const renameConstraint = (table: string, from: string, to: string) =>
    tx({ kind: "rename-constraint", table, name: to, from, statements: [sql.alterTable(table, `RENAME CONSTRAINT ${sql.q(from)} TO ${sql.q(to)}`)] });
  for (const { pair, fks } of fkPlans) for (const r of fks.renamed) renameConstraint(pair.next.name, pair.old.foreignKeys[r.from]!.name, r.to.name);
  for (const { pair, indexes, uniques, checks } of constraintPlans) {
    for (const r of uniques.renamed) renameConstraint(pair.next.name, pair.old.uniques[r.from]!.name, r.to.name);
    for (const r of checks.renamed) renameConstraint(pair.next.name, pair.old.checks[r.from]!.name, r.to.name);
    for (const r of indexes.renamed) {
      const from = pair.old.indexes[r.from]!.name;
      tx({
        kind: "rename-index",
        table: pair.next.name,
        name: r.to.name,
        from,
        statements: [`ALTER INDEX ${sql.q(from)} RENAME TO ${sql.q(r.to.name)};`],
      });
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
    if (ctx.pkChanged.has(t) && pair.next.primaryKey.length > 0)
      tx({ kind: "add-primary-key", table: t, existingTable: true, statements: [sql.addPrimaryKey(t, pair.next.primaryKey)] });
    for (const u of uniques.added)
      tx({ kind: "add-unique", table: t, name: u.name, columns: u.columns, existingTable: true, statements: [sql.addUnique(t, u.name, u.columns)] });
    for (const c of checks.added)
      tx({ kind: "add-check", table: t, name: c.name, column: c.column, existingTable: true, statements: [sql.addCheck(t, c.name, c.expression)] });
    if ((pair.translated.comment ?? null) !== (pair.next.comment ?? null))
      tx({ kind: "comment", table: t, statements: [sql.tableComment(t, pair.next.comment)] });
  }
  // 9. Enum types no column uses any more, and the old halves of rewrites.
  out.push(...planEnumsAfterColumns(ctx));
  // 10. updated_at function and triggers, then every new or changed FK.
  out.push(...planTriggers(ctx, "create"));
  const addFk = (fk: ForeignKey, existing: boolean) =>
    tx({ kind: "add-foreign-key", table: fk.table, name: fk.name, columns: fk.columns, existingTable: existing, statements: [renderForeignKey(fk)] });
  for (const t of ctx.created) for (const fk of t.foreignKeys) addFk(fk, false);
  for (const { fks } of fkPlans) for (const fk of fks.added) addFk(fk, true);
  // 11. Indexes on tables that may hold rows: CONCURRENTLY, after the transaction.
  for (const { pair, indexes } of constraintPlans) {
    for (const i of indexes.added) {
      const statement = renderCreateIndex(i).replace(/^CREATE (UNIQUE )?INDEX /, (m) => `${m}CONCURRENTLY `);
      out.push({
        kind: "create-index",
        phase: "after",
        table: pair.next.name,
        name: i.name,
        existingTable: true,
        concurrent: true,
        unique: i.unique,
        columns: i.columns.map((c) => c.name),
        statements: [statement],
      });
    }
  }
  return out;
}
