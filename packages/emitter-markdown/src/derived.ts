/**
 * Facts owned by other emitters, reached through one seam so each is swapped
 * for the owning package's export as soon as it lands (DEVELOPING.md: never
 * re-derive). Until then these follow the authoring docs' visibility rules.
 */
import type { FieldNode, ModelNode } from "@specloom/core";

/** Fields a response carries (emitter-openapi owns this rule). */
export function responseFields(model: ModelNode): readonly FieldNode[] {
  return model.fields.filter((f) => f.visibility === "normal" || f.visibility === "readOnly");
}

/** Fields a request body may carry. */
export function requestFields(model: ModelNode): readonly FieldNode[] {
  return model.fields.filter((f) => f.visibility === "normal" || f.visibility === "writeOnly");
}

/** Fields stripped from every response of the model, for section 6. */
export function hiddenFromResponses(model: ModelNode): readonly FieldNode[] {
  const shown = new Set(responseFields(model));
  return model.fields.filter((f) => !shown.has(f));
}
