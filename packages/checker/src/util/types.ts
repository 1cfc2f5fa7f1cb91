/** Walks IR types through named schemas (not into models: emitters strip their sensitive fields). */
import type { FieldNode, SchemaNode, SpecIR, TypeNode } from "@specloom/core";

export interface FieldVisit {
  readonly field: FieldNode;
  /** Dotted path from the walked root, e.g. `user.password_hash`. */
  readonly path: string;
  /** Named schema the property belongs to, when it came from one. */
  readonly schema?: string;
}

/** The IR is immutable, so the name index is built once per IR, not per walk. */
const schemaIndex = new WeakMap<SpecIR, ReadonlyMap<string, SchemaNode>>();

function schemasByName(ir: SpecIR): ReadonlyMap<string, SchemaNode> {
  let index = schemaIndex.get(ir);
  if (!index) schemaIndex.set(ir, (index = new Map(ir.schemas.map((s) => [s.name, s]))));
  return index;
}

/**
 * Calls `visit` for every object property reachable from `type`, following
 * schema refs once each (recursive schemas terminate).
 */
export function walkSchemaFields(ir: SpecIR, type: TypeNode, visit: (v: FieldVisit) => void): void {
  const schemas = schemasByName(ir);
  const seen = new Set<string>();
  const walk = (t: TypeNode, prefix: string, schema: string | undefined): void => {
    switch (t.kind) {
      case "object":
        for (const name of t.extends ?? []) walkRef(name, prefix);
        for (const field of t.properties) {
          const path = prefix ? `${prefix}.${field.name}` : field.name;
          visit({ field, path, ...(schema ? { schema } : {}) });
          walk(field.type, path, schema);
        }
        return;
      case "array":
        return walk(t.items, prefix, schema);
      case "record":
        return walk(t.values, prefix, schema);
      case "union":
        return t.variants.forEach((v) => walk(v, prefix, schema));
      case "ref":
        if (t.refKind === "schema") walkRef(t.name, prefix);
        return;
      default:
        return;
    }
  };
  const walkRef = (name: string, prefix: string): void => {
    const node = schemas.get(name);
    if (!node || seen.has(name)) return;
    seen.add(name);
    walk(node.type, prefix, name);
  };
  walk(type, "", undefined);
}
