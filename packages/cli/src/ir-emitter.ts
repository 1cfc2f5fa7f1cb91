/** The "ir" artifact: specloom.ir.json, the IR itself for tools that build on specloom. */
import { definePlugin, type Emitter, irSchemaRef, type SpecIR } from "@specloom/core";
import { nodeReuse } from "@specloom/model";
import { compactJson, compactMember, type MemberPrinter } from "./compact-json";

export const IR_FILE = "specloom.ir.json";

/**
 * Serializes with a stable key order (`$schema`, `kind`, then alphabetical) so the file does not change when
 * the front end builds nodes in a different order, in the compact layout of compact-json.ts. Arrays keep their
 * order: it is declaration order, which is meaningful.
 */
export function stableJson(value: unknown): string {
  return compactJson(value, undefined, "\n");
}

interface Printed {
  readonly prefix: number;
  readonly suffix: number;
  readonly text: string;
}

/**
 * The printed members of the document's collections and sections (a model, an API group, a config section) by
 * identity, for watch mode: the front end keeps the nodes of unchanged files, so a rebuild prints only what
 * changed. IR nodes are never mutated once built, which is what makes this safe. A one-shot build has no next
 * build and keeps nothing (the texts would add the whole file to its peak memory).
 */
const printed = new WeakMap<object, Printed>();

const MEMBER_DEPTH = 2;

const reusedMember: MemberPrinter = (value, depth, prefix, suffix) => {
  if (value === null || typeof value !== "object") return compactMember(value, depth, prefix, suffix);
  const hit = printed.get(value);
  if (hit && hit.prefix === prefix && hit.suffix === suffix) return hit.text;
  const text = compactMember(value, depth, prefix, suffix);
  printed.set(value, { prefix, suffix, text });
  return text;
};

/** `stableJson({ $schema, ...ir })`, reusing the text of nodes printed by an earlier build in watch mode. */
export function irJson(ir: SpecIR, schema: string): string {
  const root = { $schema: schema, ...ir };
  // The final newline is joined in, not appended: a string + "\n" is a rope the write would copy to flatten.
  return nodeReuse() ? compactJson(root, { depth: MEMBER_DEPTH, member: reusedMember }, "\n") : compactJson(root, undefined, "\n");
}

export const irEmitter: Emitter = {
  name: "ir",
  artifact: "ir",
  // `$schema` lets editors and validators check the file against the published IR schema.
  emit: ({ ir, config }) => ({ files: [{ path: IR_FILE, content: irJson(ir, irSchemaRef(config.documentationDir)) }] }),
};

export const irPlugin = definePlugin({ name: "ir", emitters: [irEmitter] });
