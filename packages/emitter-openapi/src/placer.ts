/** Where the document's large subtrees go: the emitter swaps in serialized fragments, buildOpenApi keeps the objects. */
import { schemaRefs } from "@specloom/model";

export interface Placed {
  /** What the document holds at that place. */
  readonly node: unknown;
  /** The subtree's `$ref`s, discriminator mappings included. */
  readonly refs: readonly string[];
}

export interface Placer {
  /** `slot` names the place uniquely; `depth` is its nesting in the document (paths → path → method: 3). */
  place(slot: string, value: object, depth: number): Placed;
}

export const KEEP_OBJECTS: Placer = { place: (_slot, value) => ({ node: value, refs: schemaRefs(value, { mapping: true }) }) };
