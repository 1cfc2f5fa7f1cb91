/**
 * What a type reaches through the core visitor: named schemas are followed
 * (once each), models are not entered (they are what is being looked for).
 */
import { visit, type FieldNode, type IRNode, type TypeNode } from "@specloom/core";
import type { IrIndex } from "./ir-index";

/**
 * Resolves schema refs and `extends` names to schemas (walked); with
 * `extendedModels`, an `extends` naming a model resolves to it (counted, not walked).
 */
function resolver(index: IrIndex, extendedModels: boolean) {
  return (name: string, ref?: { readonly refKind: string }): IRNode | undefined => {
    if (ref) return ref.refKind === "schema" ? index.schemas.get(name) : undefined;
    return index.schemas.get(name) ?? (extendedModels ? index.models.get(name) : undefined);
  };
}

export interface ReachOptions {
  /** Count a model an object type `extends` (request variants need it; tag diagrams do not). */
  readonly extendedModels?: boolean;
}

/** Model names a type refers to, directly or through named schemas, arrays, records, unions and objects. */
export function modelsReachedBy(index: IrIndex, types: readonly (TypeNode | undefined)[], options: ReachOptions = {}): Set<string> {
  const out = new Set<string>();
  for (const type of types) {
    if (!type) continue;
    visit(
      type,
      {
        ref: (r) => void (r.refKind === "model" && out.add(r.name)),
        // A model reached through `extends`: counted, not walked.
        model: (m) => {
          out.add(m.name);
          return "skip";
        },
      },
      { resolve: resolver(index, options.extendedModels ?? false) },
    );
  }
  return out;
}

export interface FieldVisit {
  readonly field: FieldNode;
  /** Dotted path from the walked root, e.g. `user.password_hash`. */
  readonly path: string;
  /** Named schema the property belongs to, when it came from one. */
  readonly schema?: string;
}

/** Every object property reachable from `type` through named schemas (not models: emitters strip their fields). */
export function fieldsReachedBy(index: IrIndex, type: TypeNode, onField: (v: FieldVisit) => void): void {
  visit(
    type,
    {
      field: (field, ancestors) => {
        const path = [...ancestors.filter((a): a is FieldNode => a.kind === "field"), field].map((f) => f.name).join(".");
        const schema = [...ancestors].reverse().find((a) => a.kind === "schema");
        onField({ field, path, ...(schema && schema.kind === "schema" ? { schema: schema.name } : {}) });
      },
      model: () => "skip",
    },
    { resolve: (name, ref) => (ref && ref.refKind !== "schema" ? undefined : index.schemas.get(name)) },
  );
}
