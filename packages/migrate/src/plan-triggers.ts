/** The shared updated_at function and one trigger per table: compared as the exact text emitter-sql renders. */
import type { Change } from "./change";
import type { PlanContext } from "./plan-context";
import type { Schema } from "./schema";
import * as sql from "./statements";
import { renderUpdatedAtFunction, renderUpdatedAtTrigger, updatedAtTriggerName } from "./table-model";

/** The function's text and each table's trigger text (they name the table, so a rename changes them). */
function rendered(schema: Schema): { fn?: string; triggers: Map<string, string> } {
  const fn = schema.updatedAtFunction;
  const stamped = schema.tables.filter((t) => t.updatedAtColumn);
  const columns = stamped.map((t) => t.updatedAtColumn!);
  const pass = new Set(columns).size > 1;
  const triggers = new Map<string, string>();
  if (fn) for (const t of stamped) triggers.set(t.name, renderUpdatedAtTrigger(t, fn, pass));
  return { ...(fn ? { fn: renderUpdatedAtFunction(fn, columns) } : {}), triggers };
}

/** `drop`: triggers the new schema no longer has as they were; `create`: new and changed ones, and the function. */
export function planTriggers(ctx: PlanContext, step: "drop" | "create"): Change[] {
  const before = rendered(ctx.old);
  const after = rendered(ctx.next);
  const out: Change[] = [];
  const base = { kind: "updated-at-trigger" as const, phase: "transaction" as const };
  const survivors = new Map(ctx.pairs.map((p) => [p.next.name, p.old.name]));
  if (step === "drop") {
    // Dropped tables take their triggers along.
    for (const { old, next } of ctx.pairs) {
      const was = before.triggers.get(old.name);
      if (was === undefined || was === after.triggers.get(next.name)) continue;
      out.push({ ...base, table: old.name, statements: [`DROP TRIGGER ${updatedAtTriggerName(old)} ON ${sql.q(old.name)};`] });
    }
    return out;
  }
  if (after.fn && after.fn !== before.fn)
    out.push({ kind: "updated-at-function", phase: "transaction", name: ctx.next.updatedAtFunction, statements: [after.fn] });
  for (const [table, text] of after.triggers) {
    const oldName = survivors.get(table);
    if (oldName !== undefined && before.triggers.get(oldName) === text) continue;
    out.push({ ...base, table, statements: [text] });
  }
  if (before.fn && !after.fn) {
    out.push({
      kind: "updated-at-function",
      phase: "transaction",
      name: ctx.old.updatedAtFunction,
      statements: [`DROP FUNCTION ${sql.q(ctx.old.updatedAtFunction!)}();`],
    });
  }
  return out;
}
