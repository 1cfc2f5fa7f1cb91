/** Making SQL names and text safe for Mermaid's erDiagram grammar. */

/** Mermaid attribute types allow letters, digits, `_`, `-`, `()` and `[]`: `NUMERIC(8,2)` -> `NUMERIC(8_2)`. */
export function mermaidType(sqlType: string): string {
  return sqlType
    .replace(/"/g, "")
    .replace(/,\s*/g, "_")
    .replace(/\s+/g, "_")
    .replace(/[^A-Za-z0-9_()[\]-]/g, "_");
}

/** Entity names outside `[A-Za-z_][A-Za-z0-9_]*` are quoted. */
export function mermaidEntity(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `"${name.replace(/"/g, "'")}"`;
}

/** Attribute names: Mermaid accepts the identifier characters only. */
export function mermaidAttribute(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, "_").replace(/^([^A-Za-z_])/, "_$1");
}

/** Quoted comment or label text: one line, no double quotes, kept short. */
export function mermaidText(text: string, max = 80): string {
  const line = text.split(/\r?\n/)[0]!.replace(/"/g, "'").replace(/[{}]/g, "").trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/** `Order Management` -> `order-management`, for er-<tag>.mmd file names. */
export function tagSlug(tag: string): string {
  return tag.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "untagged";
}
