/** Model helpers shared by the model and index rules. */
import type { FieldNode, ModelNode } from "@specloom/core";

/** Field names that are navigations (HasMany, HasOne, ManyToMany), not columns. */
export function navigationNames(model: ModelNode): Set<string> {
  return new Set(model.relations.filter((r) => r.type !== "belongsTo").map((r) => r.name));
}

/** Fields stored as columns, in declaration order. */
export function storedFields(model: ModelNode): FieldNode[] {
  const navigations = navigationNames(model);
  return model.fields.filter((f) => !navigations.has(f.name));
}
