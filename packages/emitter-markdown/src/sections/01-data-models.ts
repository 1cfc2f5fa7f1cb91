/** 1. Data Models: a seed-style interface per model, then relationships, indexes, validation. */
import type { ModelNode, RelationNode } from "@specloom/core";
import { getModel, primaryKeyFields, type Reference } from "@specloom/model";
import type { SectionContext } from "../context";
import { FragmentCache } from "../render/fragments";
import { code, Md } from "../render/md";
import { memberLines } from "../render/ts-type";
import { fieldRules, modelFieldComment } from "./field-notes";

export function renderDataModels(ctx: SectionContext, md: Md): void {
  const { t, ir } = ctx;
  md.heading(2, t.sections.dataModels);
  if (ir.models.length === 0) md.paragraph(t.common.none);
  const semantic = getModel(ctx.ir);
  for (const model of ir.models) {
    const inbound = semantic.references(model);
    // Besides the model and the index, a block reads the catalog and the relations other models point here with.
    const deps = [t, ...inbound.flatMap((r) => [r.from, r.relation, r.inverse])];
    MODELS.render(md, ctx, model, deps, (own, out) => renderModel(own, out, model, inbound));
  }
}

const MODELS = new FragmentCache<ModelNode>();

function renderModel(ctx: SectionContext, md: Md, model: ModelNode, inbound: readonly Reference[]): void {
  const { t } = ctx;
  md.heading(3, t.models.heading(model.name));
  if (model.docs.summary) md.paragraph(model.docs.summary);
  if (model.schemaName) md.field(t.models.apiName, code(model.schemaName));
  const members = memberLines(model.fields, ctx.index, { dates: "Date" }, (f) => modelFieldComment(ctx, model, f));
  md.code("typescript", [`interface ${model.name} {`, ...members, "}"]);
  md.field(t.models.relationships).bullets(relationshipBullets(ctx, model, inbound));
  md.field(t.models.indexes).bullets(indexBullets(ctx, model));
  const rules = model.fields
    .map((f) => ({ name: f.name, rules: fieldRules(ctx, f) }))
    .filter((r) => r.rules.length > 0)
    .map((r) => `${r.name}: ${capitalizeFirst(r.rules).join(", ")}`);
  md.field(t.models.validation).bullets(rules.length ? rules : [t.common.none]);
}

function relationshipBullets(ctx: SectionContext, model: ModelNode, inbound: readonly Reference[]): string[] {
  const m = ctx.t.models;
  const describe = (r: RelationNode): string => {
    const notes: string[] = [];
    if (r.relationKind === "belongsTo") {
      if (r.foreignKey) notes.push(m.via(code(r.foreignKey)));
      if (r.onDelete) notes.push(m.onDelete(r.onDelete.toUpperCase()));
      if (r.optional) notes.push(ctx.t.common.optional);
    } else if (r.relationKind === "manyToMany") {
      const join = r.through ?? r.joinTable;
      if (join) notes.push(m.through(code(join)));
      // A direction (follower → followee) or a second link to the same model needs its name and columns to be told apart.
      const sameTarget = model.relations.filter((x) => x.relationKind === "manyToMany" && x.targetModel === r.targetModel).length > 1;
      if (sameTarget && !r.as) notes.unshift(m.as(r.name));
      if (r.joinColumn !== undefined || r.inverseJoinColumn !== undefined)
        notes.push(m.joinColumns(code(r.joinColumn ?? "…"), code(r.inverseJoinColumn ?? "…")));
    } else if (r.foreignKey) {
      notes.push(m.via(code(r.foreignKey)));
    }
    if (r.as && r.as !== r.targetModel) notes.unshift(m.as(r.as));
    return notes.length ? `${r.targetModel} (${notes.join(", ")})` : r.targetModel;
  };
  const groups: [string, string[]][] = [
    [m.hasMany, model.relations.filter((r) => r.relationKind === "hasMany").map(describe)],
    [m.hasOne, model.relations.filter((r) => r.relationKind === "hasOne").map(describe)],
    [m.belongsTo, model.relations.filter((r) => r.relationKind === "belongsTo").map(describe)],
    [m.manyToMany, model.relations.filter((r) => r.relationKind === "manyToMany").map(describe)],
  ];
  // Incoming FKs the model does not already navigate with hasMany/hasOne.
  const referencedBy = inbound
    .filter(({ inverse }) => !inverse)
    .map(({ from, relation: rel }) => (rel.foreignKey ? `${from.name} (${m.via(code(rel.foreignKey))})` : from.name));
  groups.push([m.referencedBy, referencedBy]);
  const bullets = groups.filter(([, items]) => items.length > 0).map(([label, items]) => `${label}: ${items.join(", ")}`);
  return bullets.length ? bullets : [ctx.t.common.none];
}

function indexBullets(ctx: SectionContext, model: ModelNode): string[] {
  const m = ctx.t.models;
  const column = (name: string) => model.fields.find((f) => f.name === name)?.column ?? name;
  const out: string[] = [];
  const pk = primaryKeyFields(model).map((f) => f.column ?? f.name);
  if (pk.length) out.push(`${m.primary}: ${pk.join(", ")}`);
  const unique = [
    ...model.fields.filter((f) => f.unique).map((f) => f.column ?? f.name),
    ...model.uniques.map((group) => `(${group.map(column).join(", ")})`),
    ...model.indexes.filter((i) => i.unique).map((i) => indexText(ctx, i, column)),
  ];
  if (unique.length) out.push(`${m.unique}: ${unique.join(", ")}`);
  const plain = [
    ...model.fields.filter((f) => f.indexed).map((f) => f.column ?? f.name),
    ...model.indexes.filter((i) => !i.unique).map((i) => indexText(ctx, i, column)),
  ];
  if (plain.length) out.push(`${m.index}: ${plain.join(", ")}`);
  return out.length ? out : [ctx.t.common.none];
}

function indexText(ctx: SectionContext, index: ModelNode["indexes"][number], column: (f: string) => string): string {
  const cols = index.columns.map((c) => (c.order === "desc" ? `${column(c.field)} DESC` : column(c.field)));
  const text = cols.length === 1 ? cols[0]! : `(${cols.join(", ")})`;
  return index.where ? `${text} ${ctx.t.models.where(code(index.where))}` : text;
}

function capitalizeFirst(parts: string[]): string[] {
  return parts.map((p, i) => (i === 0 ? p.charAt(0).toUpperCase() + p.slice(1) : p));
}
