/**
 * Which model fields a client sees. One rule for every artifact: the OpenAPI
 * schemas, the TypeBox validators and the markdown "Output Sanitization".
 */
import type { FieldNode, ModelNode } from "@specloom/core";
import { navigationNames } from "./entities";

/** Sensitive and internal fields never leave the server, in either direction. */
export function isHidden(field: FieldNode): boolean {
  return field.visibility === "sensitive" || field.visibility === "internal";
}

function dataFields(model: ModelNode): FieldNode[] {
  const navigations = navigationNames(model);
  return model.fields.filter((f) => !navigations.has(f.name) && !isHidden(f));
}

/** Fields that appear in responses: no write-only, sensitive or internal fields, no navigations. */
export function responseVisibleFields(model: ModelNode): FieldNode[] {
  return dataFields(model).filter((f) => f.visibility !== "writeOnly");
}

/** Fields a client may send when creating the model: no read-only, sensitive or internal fields. */
export function requestVisibleFields(model: ModelNode): FieldNode[] {
  return dataFields(model).filter((f) => f.visibility !== "readOnly");
}

/** Fields removed from every response, with the reason (for docs). */
export function responseHiddenFields(model: ModelNode): { field: FieldNode; reason: "writeOnly" | "sensitive" | "internal" }[] {
  const out: { field: FieldNode; reason: "writeOnly" | "sensitive" | "internal" }[] = [];
  for (const field of model.fields) {
    const v = field.visibility;
    if (v === "writeOnly" || v === "sensitive" || v === "internal") out.push({ field, reason: v });
  }
  return out;
}
