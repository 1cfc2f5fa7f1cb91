/**
 * SDL text. User text reaches schema.graphql only through `description` (block
 * strings) and `stringLiteral` (deprecation reasons); names only through
 * names.ts.
 */

/** A `"""…"""` description; `"""` inside is escaped as the spec requires. */
export function description(text: string | undefined, indent = ""): string {
  if (!text || text.trim() === "") return "";
  const body = text.replace(/\r\n?/g, "\n").replace(/"""/g, '\\"""');
  return `${indent}"""\n${body
    .split("\n")
    .map((l) => (l === "" ? "" : `${indent}${l}`))
    .join("\n")}\n${indent}"""\n`;
}

/** A GraphQL string literal: JSON's escapes are a subset of GraphQL's. */
export function stringLiteral(text: string): string {
  return JSON.stringify(text).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/** `@deprecated(reason: "…")` for an IR `deprecated` doc, or "". */
export function deprecatedDirective(deprecated: string | true | undefined): string {
  if (deprecated === undefined) return "";
  return deprecated === true ? " @deprecated" : ` @deprecated(reason: ${stringLiteral(deprecated)})`;
}

export interface SdlField {
  readonly name: string;
  readonly type: string;
  readonly description?: string;
  readonly deprecated?: string | true;
  readonly args?: readonly SdlField[];
}

export function printField(field: SdlField, indent = "  "): string {
  const args = field.args && field.args.length > 0 ? `(\n${field.args.map((a) => printField(a, `${indent}  `)).join("")}${indent})` : "";
  return `${description(field.description, indent)}${indent}${field.name}${args}: ${field.type}${deprecatedDirective(field.deprecated)}\n`;
}

export function printBlock(head: string, fields: readonly SdlField[], doc?: string): string {
  return `${description(doc)}${head} {\n${fields.map((f) => printField(f)).join("")}}\n`;
}
