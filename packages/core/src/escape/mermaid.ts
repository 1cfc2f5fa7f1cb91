/** Mermaid erDiagram contexts: entity names, attribute names and types, quoted labels. */

const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/;

/** Mermaid attribute types allow letters, digits, `_`, `-`, `()` and `[]`: `NUMERIC(8,2)` -> `NUMERIC(8_2)`. */
export function mermaidType(sqlType: string): string {
  return sqlType
    .replace(/"/g, "")
    .replace(/,\s*/g, "_")
    .replace(/\s+/g, "_")
    .replace(/[^A-Za-z0-9_()[\]-]/g, "_");
}

/** Entity names outside `[A-Za-z_][A-Za-z0-9_]*` are quoted, on one line, without double quotes. */
export function mermaidEntity(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return name;
  return `"${name
    .split(LINE_BREAKS)
    .join(" ")
    .replace(/"/g, "'")
    .replace(/[\0-\x1f\x7f]/g, " ")}"`;
}

/** Attribute names: Mermaid accepts the identifier characters only. */
export function mermaidAttribute(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, "_").replace(/^([^A-Za-z_])/, "_$1") || "_";
}

/** Quoted comment or label text: its first line, no double quotes, braces or controls, kept short. */
export function mermaidText(text: string, max = 80): string {
  const line = text
    .split(LINE_BREAKS)[0]!
    .replace(/"/g, "'")
    .replace(/[{}]/g, "")
    .replace(/[\0-\x1f\x7f]/g, " ")
    .trim();
  if (line.length <= max) return line;
  // Cut between code points, never inside a surrogate pair.
  return `${[...line]
    .slice(0, max - 1)
    .join("")
    .trimEnd()}…`;
}

/** `Order Management` -> `order-management`, for er-<tag>.mmd file names. */
export function tagSlug(tag: string): string {
  return (
    tag
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "untagged"
  );
}

/** A flowchart node label: quoted, `"` as Mermaid's `#quot;` entity, `#` kept literal, on one line. */
export function mermaidFlowchartLabel(text: string): string {
  const line = text
    .split(LINE_BREAKS)
    .join(" ")
    .replace(/#/g, "#35;")
    .replace(/"/g, "#quot;")
    .replace(/[\0-\x1f\x7f]/g, " ");
  return `"${line}"`;
}
