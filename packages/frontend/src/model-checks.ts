/**
 * Checks across models that TypeScript cannot see and that would otherwise
 * give artifacts that disagree with each other or that PostgreSQL rejects:
 * navigations without the foreign key that backs them, join tables shared by
 * unrelated relations, foreign keys to non-unique columns, index name clashes.
 */
import type { ModelNode, RelationNode } from "@specloom/core";
import { primaryKeyFields } from "@specloom/model";
import type { FrontendContext } from "./context";

/** Models are never changed once built, and watch mode keeps unchanged ones: their keys are found once. */
const primaryKeys = new WeakMap<ModelNode, string[]>();
const primaryKeyNames = (model: ModelNode): string[] => {
  let names = primaryKeys.get(model);
  if (!names) primaryKeys.set(model, (names = primaryKeyFields(model).map((f) => f.name)));
  return names;
};

export function checkModels(models: readonly ModelNode[], ctx: FrontendContext): void {
  const byName = new Map(models.map((m) => [m.name, m]));
  for (const model of models) {
    for (const r of model.relations) {
      const target = byName.get(r.targetModel);
      if (!target) continue; // relation-target-exists reports it
      if (r.relationKind === "hasMany" || r.relationKind === "hasOne") checkInverse(model, r, target, ctx);
      if (r.relationKind === "belongsTo") checkReferencedUnique(model, r, target, ctx);
    }
  }
  checkJoinTables(models, ctx);
  checkIndexNames(models, ctx);
}

/** A HasMany/HasOne is documentation of a FK on the target; without one, schema.sql has no relation. */
function checkInverse(model: ModelNode, r: RelationNode, target: ModelNode, ctx: FrontendContext): void {
  const back = target.relations.filter((b) => b.relationKind === "belongsTo" && b.targetModel === model.name);
  const candidates = back.map((b) => b.name).join(", ");
  if (r.foreignKey ? back.some((b) => b.foreignKey === r.foreignKey) : back.length === 1) return;
  const detail = r.foreignKey
    ? `; '${target.name}.${r.foreignKey}' is not a BelongsTo<${model.name}>${back.length ? ` (candidates: ${candidates})` : ""}`
    : back.length > 1
      ? `: several could (${candidates}); name one with { foreignKey: "…" }`
      : "";
  ctx.report(
    "relation-inverse-missing",
    { model: model.name, field: r.name, kind: r.relationKind === "hasMany" ? "HasMany" : "HasOne", target: target.name, detail },
    r.loc,
  );
}

/** PostgreSQL needs a full (non-partial) unique constraint over exactly the referenced columns. */
function checkReferencedUnique(model: ModelNode, r: RelationNode, target: ModelNode, ctx: FrontendContext): void {
  // The key schema.sql uses: declared PrimaryKey fields, else `id`.
  const pk = primaryKeyNames(target);
  const column = r.references ?? (pk.length === 1 ? pk[0]! : undefined);
  const report = (detail: string) => ctx.report("fk-target-not-unique", { model: model.name, field: r.name, target: target.name, detail }, r.loc);
  if (column === undefined) {
    if (pk.length > 1)
      report(`its primary key is composite (${pk.join(", ")}); reference a Unique field with BelongsTo<${target.name}, { references: '…' }>`);
    return;
  }
  if (pk.length === 1 && pk[0] === column) return;
  if (!target.fields.some((f) => f.name === column)) return; // relation-target-exists reports it
  const unique = target.fields.some((f) => f.name === column && f.unique) || target.uniques.some((g) => g.length === 1 && g[0] === column);
  if (!unique) report(`'${column}' is neither its single-column primary key nor Unique`);
  else if (target.softDelete) report(`'${column}' is unique only among rows that are not soft-deleted (a partial index)`);
}

/** Two relations on one implicit join table would store both in the same rows. */
function checkJoinTables(models: readonly ModelNode[], ctx: FrontendContext): void {
  const byName = new Map(models.map((m) => [m.name, m]));
  const users = new Map<string, { model: ModelNode; r: RelationNode }[]>();
  for (const model of models) {
    for (const r of model.relations) {
      if (r.relationKind !== "manyToMany" || r.through || !r.joinTable) continue;
      const list = users.get(r.joinTable) ?? [];
      list.push({ model, r });
      users.set(r.joinTable, list);
    }
  }
  for (const [table, list] of users) {
    // One relation seen from both ends (A→B, B→A, or a self relation's two directions) is fine; anything more is not.
    const [first] = list;
    if (list.length <= 1 || (list.length === 2 && seenFromBothEnds(list[0]!, list[1]!))) continue;
    const [a, b] = list;
    if (list.length === 2 && a!.model === b!.model && a!.r.targetModel === a!.model.name && b!.r.targetModel === a!.model.name) {
      const detail = `'${a!.r.name}' and '${b!.r.name}' both use the join table '${table}'; as the two directions of one self relation they name its columns, swapped: { joinColumn: "follower_id"; inverseJoinColumn: "followee_id" } and { joinColumn: "followee_id"; inverseJoinColumn: "follower_id" }`;
      ctx.report("invalid-option", { what: `ManyToMany '${a!.model.name}.${b!.r.name}'`, detail }, b!.r.loc);
      continue;
    }
    for (const { model, r } of list.slice(1)) {
      ctx.report(
        "join-table-shared",
        { model: model.name, field: r.name, table, other: `${first!.model.name}.${first!.r.name}`, target: r.targetModel },
        r.loc,
      );
    }
  }
  for (const model of models) for (const r of model.relations) checkJoinColumns(model, r, byName.get(r.targetModel), ctx);
}

type Use = { model: ModelNode; r: RelationNode };

/**
 * Two declarations of one link: A→B and B→A, or, on a self relation, the two
 * directions with their join columns swapped (following: follower→followee,
 * followers: followee→follower). Declared columns must agree across the two.
 */
function seenFromBothEnds(a: Use, b: Use): boolean {
  const mirrored = a.model.name === b.r.targetModel && b.model.name === a.r.targetModel;
  const agree = (x?: string, y?: string) => x === undefined || y === undefined || x === y;
  const swapped = agree(a.r.joinColumn, b.r.inverseJoinColumn) && agree(a.r.inverseJoinColumn, b.r.joinColumn);
  if (a.model !== b.model) return mirrored && swapped;
  const directed = (u: Use) => u.r.joinColumn !== undefined && u.r.inverseJoinColumn !== undefined;
  return mirrored && directed(a) && directed(b) && a.r.joinColumn === b.r.inverseJoinColumn && a.r.inverseJoinColumn === b.r.joinColumn;
}

/** Join column names need an implicit join table, a single-column key, and two different names. */
function checkJoinColumns(model: ModelNode, r: RelationNode, target: ModelNode | undefined, ctx: FrontendContext): void {
  if (r.joinColumn === undefined && r.inverseJoinColumn === undefined) return;
  const report = (detail: string) => ctx.report("invalid-option", { what: `ManyToMany '${model.name}.${r.name}'`, detail }, r.loc);
  if (r.relationKind !== "manyToMany" || r.through)
    return report("joinColumn and inverseJoinColumn name the columns of an implicit join table; a 'through' model declares its own");
  if (r.joinColumn !== undefined && r.joinColumn === r.inverseJoinColumn) return report(`joinColumn and inverseJoinColumn are both '${r.joinColumn}'`);
  if (r.joinColumn !== undefined && primaryKeyNames(model).length !== 1)
    return report(`joinColumn needs '${model.name}' to have a single-column primary key`);
  if (r.inverseJoinColumn !== undefined && target && primaryKeyNames(target).length !== 1)
    return report(`inverseJoinColumn needs '${target.name}' to have a single-column primary key`);
}

/** Index names share one namespace per PostgreSQL schema. */
function checkIndexNames(models: readonly ModelNode[], ctx: FrontendContext): void {
  const seen = new Map<string, string>();
  const named = models.flatMap((model) => model.indexes.filter((i) => i.name).map((index) => ({ model, index })));
  // In source order, so the later declaration is the one reported.
  const at = (l: { file: string; line: number; column: number }) => [l.file, l.line, l.column] as const;
  named.sort((a, b) => {
    const [x, y] = [at(a.index.loc), at(b.index.loc)];
    return x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1] || x[2] - y[2];
  });
  for (const { model, index } of named) {
    const first = seen.get(index.name!);
    if (first) ctx.report("invalid-option", { what: "index", detail: `the name '${index.name}' is already used by an index of ${first}` }, index.loc);
    else seen.set(index.name!, model.name);
  }
}
