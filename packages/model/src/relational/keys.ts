/** Foreign keys from belongsTo relations, and unique groups from fields and entity options. */
import type { FieldNode, ModelNode } from "@specloom/core";
import { belongsToFor } from "../entities";
import { referencedColumnField } from "./columns";
import { columnName, tableName, type BuildContext } from "./context";
import type { Column, ForeignKey } from "./model";

/** `author_id` / `authorId` -> `author`: the navigation a FK column stands for. */
function labelFromColumn(name: string): string {
  return name.replace(/(_id|Id|_uuid|Uuid)$/, "") || name;
}

export function buildForeignKeys(
  ctx: BuildContext,
  model: ModelNode,
  table: string,
  fields: readonly FieldNode[],
  columns: readonly Column[],
): ForeignKey[] {
  const out: ForeignKey[] = [];
  for (const field of fields) {
    const relation = belongsToFor(model, field);
    const target = relation && referencedColumnField(ctx, relation);
    if (!relation || !target) continue;
    const column = columnName(ctx, model, field.name);
    const col = columns.find((c) => c.name === column);
    out.push({
      name: ctx.dialect.identifier(`fk_${table}_${column}`),
      table,
      columns: [column],
      refTable: tableName(ctx, target.model),
      refColumns: [columnName(ctx, target.model, target.field.name)],
      onDelete: relation.onDelete ?? "no action",
      onUpdate: relation.onUpdate ?? "no action",
      optional: relation.optional || !col?.notNull,
      unique: false,
      label: relation.as ?? labelFromColumn(relation.name),
    });
  }
  return out;
}

/** Single-field and composite unique groups as column lists, de-duplicated, minus the primary key. */
export function uniqueGroups(ctx: BuildContext, model: ModelNode, fields: readonly FieldNode[], primaryKey: readonly string[]): string[][] {
  const groups: string[][] = [];
  const seen = new Set<string>([primaryKey.join(",")]);
  const add = (cols: string[]) => {
    const key = cols.join(",");
    if (cols.length === 0 || seen.has(key)) return;
    seen.add(key);
    groups.push(cols);
  };
  for (const f of fields) if (f.unique) add([columnName(ctx, model, f.name)]);
  for (const group of model.uniques) add(group.map((f) => columnName(ctx, model, f)));
  return groups;
}
