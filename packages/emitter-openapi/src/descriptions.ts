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
  if (Array.isArray(node)) return (node as unknown[]).map((v) => neutralizeDescriptions(v)) as T;
  if (!node || typeof node !== "object") return node;
  // fromEntries defines own properties: a property named `__proto__` stays a property.
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      if (DATA_KEYS.has(key) || (key === "examples" && Array.isArray(value))) return [key, value];
      if (key === "description" && typeof value === "string") return [key, mdNeutralizeLinks(value)];
      return [key, neutralizeDescriptions(value)];
    }),
  ) as T;
}
