/** JSDoc for an imported schema, property, parameter or operation: description, examples, deprecation. */
import { tsDocComment } from "@specloom/core";
import { isObject, type Json } from "./context";

export interface DocParts {
  readonly text: string;
  readonly tags: { name: string; text: string }[];
}

/** The JSDoc block of a schema-like object (its description or title, examples, `@deprecated`), or "" when it says nothing. */
export function docParts(node: Json | undefined): DocParts {
  if (!isObject(node)) return { text: "", tags: [] };
  const text = typeof node.description === "string" ? node.description.trim() : typeof node.title === "string" ? node.title.trim() : "";
  const tags: { name: string; text: string }[] = [];
  if (node.example !== undefined) tags.push({ name: "example", text: JSON.stringify(node.example) });
  if (Array.isArray(node.examples)) for (const e of node.examples) tags.push({ name: "example", text: JSON.stringify(e) });
  if (node.deprecated === true) tags.push({ name: "deprecated", text: "" });
  return { text, tags };
}

export function jsDoc(parts: DocParts, indent = ""): string {
  return parts.text || parts.tags.length > 0 ? tsDocComment(parts.text, indent, parts.tags) : "";
}
