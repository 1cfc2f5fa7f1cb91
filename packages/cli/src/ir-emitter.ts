/** The "ir" artifact: specloom.ir.json, the IR itself for tools that build on specloom. */
import { definePlugin, type Emitter, irSchemaRef, type SpecIR } from "@specloom/core";

export const IR_FILE = "specloom.ir.json";

/**
 * Serializes with a stable key order (`$schema`, `kind`, then alphabetical) so the
 * file does not change when the front end builds nodes in a different order.
 * Arrays keep their order: it is declaration order, which is meaningful.
 */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

const rank = (key: string) => (key === "$schema" ? 0 : key === "kind" ? 1 : 2);
const byRank = (a: string, b: string) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const keys = Object.keys(value).sort(byRank);
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined) continue;
    // A user's `__proto__` key (an @example, a config record) stays data instead of setting the prototype.
    if (key === "__proto__") Object.defineProperty(out, key, { value: sortKeys(v), enumerable: true, writable: true, configurable: true });
    else out[key] = sortKeys(v);
  }
  return out;
}

/** Wrapping in `depth` arrays makes JSON.stringify indent `value` as it would that deep; the wrapper is cut off again. */
function stableJsonAt(value: unknown, depth: number): string {
  let wrapped = sortKeys(value);
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // "[\n  [\n    " before and "\n  ]\n]" after at depth 2.
  const before = depth * 2 + depth * (depth + 1);
  const after = depth * 2 + depth * (depth - 1);
  return text.slice(before, text.length - after);
}

/**
 * Serialized nodes by identity, one cache per depth: the top-level nodes (a model, an API group, the config)
 * are serialized once while the front end keeps them (watch mode keeps every node of an unchanged file), so a
 * rebuild re-serializes only what changed. IR nodes are never mutated once built, which is what makes this safe.
 */
const fragments = { 1: new WeakMap<object, string>(), 2: new WeakMap<object, string>() } as const;

function fragment(value: unknown, depth: 1 | 2): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  const cache = fragments[depth];
  let text = cache.get(value);
  if (text === undefined) cache.set(value, (text = stableJsonAt(value, depth)));
  return text;
}

/** `stableJson({ $schema, ...ir })`, assembled from per-node fragments and joined once (35 MB at 1,000 entities). */
export function irJson(ir: SpecIR, schema: string): string {
  const root: Record<string, unknown> = { $schema: schema, ...ir };
  // Key order exactly as stableJson prints the root (sorted, then as an object enumerates them).
  const ordered = Object.keys(
    Object.fromEntries(
      Object.keys(root)
        .sort(byRank)
        .map((k) => [k, true]),
    ),
  );
  const out: string[] = [];
  for (const key of ordered) {
    const value = root[key];
    if (value === undefined) continue;
    out.push(out.length === 0 ? "{\n  " : ",\n  ", JSON.stringify(key), ": ");
    if (!Array.isArray(value)) out.push(fragment(value, 1));
    else if (value.length === 0) out.push("[]");
    else {
      value.forEach((v: unknown, i) => out.push(i === 0 ? "[\n    " : ",\n    ", fragment(v, 2)));
      out.push("\n  ]");
    }
  }
  out.push(out.length === 0 ? "{}\n" : "\n}\n");
  return out.join("");
}

export const irEmitter: Emitter = {
  name: "ir",
  artifact: "ir",
  // `$schema` lets editors and validators check the file against the published IR schema.
  emit: ({ ir, config }) => ({ files: [{ path: IR_FILE, content: irJson(ir, irSchemaRef(config.documentationDir)) }] }),
};

export const irPlugin = definePlugin({ name: "ir", emitters: [irEmitter] });
