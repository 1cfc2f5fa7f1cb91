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
