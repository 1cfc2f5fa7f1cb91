/**
 * OpenAPI `description` fields are CommonMark, rendered by documentation UIs:
 * every one goes through core's Markdown link neutralizer, so a spec's text
 * cannot become a `javascript:` link there. Example and default values are
 * data, not Markdown, and are left exactly as declared.
 */
import { mdNeutralizeLinks } from "@specloom/core";

/** Keys whose values are instance data (JSON Schema and OpenAPI), never rendered as Markdown. */
const DATA_KEYS = new Set(["example", "default", "enum", "const", "value"]);

export function neutralizeDescriptions<T>(node: T): T {
  if (Array.isArray(node)) {
    let copy: unknown[] | undefined;
    node.forEach((value: unknown, i) => {
      const next = neutralizeDescriptions(value);
      if (next !== value) (copy ??= [...(node as unknown[])])[i] = next;
    });
    return (copy ?? node) as T;
  }
  if (!node || typeof node !== "object") return node;
  // Document data is plain objects; an instance (a fragment already serialized, fragments.ts) is left alone.
  const proto: unknown = Object.getPrototypeOf(node);
  if (proto !== Object.prototype && proto !== null) return node;
  // Copy on write: a document without a script URL (nearly all) is returned as is, with no allocation.
  let copy: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (DATA_KEYS.has(key) || (key === "examples" && Array.isArray(value))) continue;
    const next: unknown = key === "description" && typeof value === "string" ? mdNeutralizeLinks(value) : neutralizeDescriptions(value);
    if (next === value) continue;
    // fromEntries and defineProperty make own properties: a member named `__proto__` stays a member.
    copy ??= Object.fromEntries(Object.entries(node));
    Object.defineProperty(copy, key, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return (copy ?? node) as T;
}

/** A fragment's neutralized value and its `$ref`s (schemaRefs with mappings), found in the same walk. */
export interface PreparedFragment {
  readonly neutralized: object;
  readonly refs: string[];
}

/**
 * neutralizeDescriptions and schemaRefs(value, { mapping: true }) in one walk: a large document spends most of
 * its serialization time visiting nodes. `texts` memoizes the neutralizer, since descriptions repeat.
 */
export function prepareFragment(value: object, texts: Map<string, string>): PreparedFragment {
  const refs: string[] = [];
  const neutralized = prepare(value, refs, true, texts) as object;
  return { neutralized, refs };
}

function prepare(node: unknown, refs: string[], neutralize: boolean, texts: Map<string, string>): unknown {
  if (!node || typeof node !== "object") return node;
  if (Array.isArray(node)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < node.length; i++) {
      const value: unknown = node[i];
      const next = prepare(value, refs, neutralize, texts);
      if (next !== value) (copy ??= [...(node as unknown[])])[i] = next;
    }
    return copy ?? node;
  }
  const record = node as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(record)) {
    const value = record[key];
    let next: unknown;
    if (key === "$ref" && typeof value === "string") {
      refs.push(value);
      continue;
    } else if (key === "mapping" && value && typeof value === "object") {
      for (const target of Object.values(value)) if (typeof target === "string") refs.push(target);
      next = neutralize ? neutralizeDescriptions(value) : value;
    } else if (neutralize && key === "description" && typeof value === "string") {
      next = texts.get(value);
      if (next === undefined) texts.set(value, (next = mdNeutralizeLinks(value)));
    } else {
      const data = DATA_KEYS.has(key) || (key === "examples" && Array.isArray(value));
      next = prepare(value, refs, neutralize && !data, texts);
    }
    if (next === value) continue;
    copy ??= Object.fromEntries(Object.entries(record));
    Object.defineProperty(copy, key, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return copy ?? node;
}
