/**
 * Native enum types. Appended values use ALTER TYPE … ADD VALUE (before the
 * transaction: a transaction cannot use a value it added). Removing or
 * reordering values rewrites the type: the old one is renamed aside, the new
 * one created, columns converted (plan-columns), the old one dropped.
 */
import type { Change } from "./change";
import { appendOnly, type PlanContext } from "./plan-context";
import * as sql from "./statements";
import { postgresDialect } from "./table-model";

export const asideName = (type: string): string => postgresDialect.identifier(`${type}__old`);

export function planEnumsBeforeColumns(ctx: PlanContext): Change[] {
  const out: Change[] = [];
  const old = new Map(ctx.old.enums.map((e) => [e.name, e]));
  for (const e of ctx.next.enums) {
    const o = old.get(e.name);
    const comment = e.comment ? [sql.enumComment(e.name, e.comment)] : [];
    if (!o) {
      out.push({ kind: "create-enum", phase: "transaction", name: e.name, statements: [sql.createEnum(e), ...comment] });
      continue;
    }
    if (ctx.rewrittenEnums.has(e.name)) {
      const removedValues = o.values.filter((v) => !e.values.includes(v));
      const statements = [`ALTER TYPE ${sql.q(e.name)} RENAME TO ${sql.q(asideName(e.name))};`, sql.createEnum(e), ...comment];
      out.push({ kind: "rewrite-enum", phase: "transaction", name: e.name, removedValues, rewrite: true, statements });
      continue;
    }
    if (appendOnly(o.values, e.values)) {
      e.values.forEach((v, i) => {
        if (o.values.includes(v)) return;
        const neighbour = i > 0 ? { after: e.values[i - 1]! } : { before: e.values[1]! };
        out.push({ kind: "add-enum-value", phase: "before", name: e.name, to: v, statements: [sql.addEnumValue(e.name, v, neighbour)] });
      });
    }
    if ((o.comment ?? null) !== (e.comment ?? null))
      out.push({ kind: "comment", phase: "transaction", name: e.name, statements: [sql.enumComment(e.name, e.comment)] });
  }
  return out;
}

export function planEnumsAfterColumns(ctx: PlanContext): Change[] {
  const out: Change[] = [];
  const next = new Set(ctx.next.enums.map((e) => e.name));
  for (const name of ctx.rewrittenEnums) {
    out.push({ kind: "drop-enum", phase: "transaction", name: asideName(name), statements: [`DROP TYPE ${sql.q(asideName(name))};`] });
  }
  for (const e of ctx.old.enums) {
    if (next.has(e.name)) continue;
    out.push({ kind: "drop-enum", phase: "transaction", name: e.name, statements: [`DROP TYPE ${sql.q(e.name)};`] });
  }
  return out;
}
