/** The "ir" artifact: specloom.ir.json, the IR itself for tools that build on specloom. */
import { definePlugin, type Emitter, irSchemaRef } from "@specloom/core";

export const IR_FILE = "specloom.ir.json";

/**
 * Serializes with a stable key order (`$schema`, `kind`, then alphabetical) so the
 * file does not change when the front end builds nodes in a different order.
 * Arrays keep their order: it is declaration order, which is meaningful.
 */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const rank = (key: string) => (key === "$schema" ? 0 : key === "kind" ? 1 : 2);
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const entries: [string, unknown][] = [];
  for (const key of keys) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) entries.push([key, sortKeys(v)]);
  }
  // fromEntries defines own properties: a user's `__proto__` key (an @example, a config record) stays data.
  return Object.fromEntries(entries);
}

export const irEmitter: Emitter = {
  name: "ir",
  artifact: "ir",
  // `$schema` lets editors and validators check the file against the published IR schema.
  emit: ({ ir, config }) => ({ files: [{ path: IR_FILE, content: stableJson({ $schema: irSchemaRef(config.documentationDir), ...ir }) }] }),
};

export const irPlugin = definePlugin({ name: "ir", emitters: [irEmitter] });
