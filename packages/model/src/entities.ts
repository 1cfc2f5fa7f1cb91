/**
 * Facts about one model node: its stored fields, primary key, navigations and
 * foreign keys. Pure functions of the node, so the front end can use them while
 * it still builds the IR; everything else reaches them through `getModel(ir)`.
 */
import type { FieldNode, ModelNode, RelationNode } from "@specloom/core";

/** Navigation relations (hasMany, hasOne, manyToMany) are not stored: the other side holds the key. */
export function isNavigation(relation: RelationNode): boolean {
  return relation.relationKind !== "belongsTo";
}

export function navigations(model: ModelNode): RelationNode[] {
  return model.relations.filter(isNavigation);
}

/** Field names that are navigations, not columns or properties. */
export function navigationNames(model: ModelNode): Set<string> {
  return new Set(navigations(model).map((r) => r.name));
}

/** Fields stored as columns and sent as properties: everything but navigations, in declaration order. */
export function storedFields(model: ModelNode): FieldNode[] {
  const names = navigationNames(model);
  return model.fields.filter((f) => !names.has(f.name));
}

/** The declared primary key; a model that declares none is keyed by its `id` field when it has one. */
export function primaryKeyFields(model: ModelNode): FieldNode[] {
  const declared = storedFields(model).filter((f) => f.primaryKey);
  if (declared.length > 0) return declared;
  const id = model.fields.find((f) => f.name === "id");
  return id ? [id] : [];
}

/** A model's field by IR name, or by column name (index options may use either). */
export function findField(model: ModelNode, name: string): FieldNode | undefined {
  return model.fields.find((f) => f.name === name) ?? model.fields.find((f) => f.column === name);
}

/** The belongsTo relation whose foreign key is this field, if any. */
export function belongsToFor(model: ModelNode, field: FieldNode): RelationNode | undefined {
  return model.relations.find((r) => r.relationKind === "belongsTo" && (r.foreignKey ?? r.name) === field.name);
}

/** The field a belongsTo points at: `references`, else the target's primary key. */
export function referencedField(target: ModelNode, relation: Pick<RelationNode, "references">): FieldNode | undefined {
  return relation.references ? findField(target, relation.references) : primaryKeyFields(target)[0];
}

const agrees = (a?: string, b?: string) => a === undefined || b === undefined || a === b;

/**
 * The relation on `target` that describes the same link from the other side:
 * belongsTo <-> hasMany/hasOne through the same key, manyToMany <-> manyToMany
 * through the same join table or join model.
 */
export function inverseRelation(owner: ModelNode, target: ModelNode, relation: RelationNode): RelationNode | undefined {
  const candidates = target.relations.filter((r) => r !== relation && r.targetModel === owner.name);
  switch (relation.relationKind) {
    case "manyToMany":
      return candidates.find(
        (r) =>
          r.relationKind === "manyToMany" &&
          (r.joinTable ?? "") === (relation.joinTable ?? "") &&
          r.through === relation.through &&
          // A self relation's two directions swap the join columns.
          agrees(r.inverseJoinColumn, relation.joinColumn) &&
          agrees(r.joinColumn, relation.inverseJoinColumn),
      );
    case "belongsTo":
      return candidates.find(
        (r) => (r.relationKind === "hasMany" || r.relationKind === "hasOne") && (r.foreignKey === undefined || r.foreignKey === relation.foreignKey),
      );
    default:
      return candidates.find((r) => r.relationKind === "belongsTo" && (relation.foreignKey === undefined || r.foreignKey === relation.foreignKey));
  }
}
