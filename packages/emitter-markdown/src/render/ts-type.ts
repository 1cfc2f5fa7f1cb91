/** IR types as TypeScript text, for the seed-style `interface` and body blocks. */
import { tsLineCommentText, tsStringLiteral, type FieldNode, type TypeNode } from "@specloom/core";
import type { IrIndex } from "../context";

export interface TypeTextOptions {
  /** Models show date-times as `Date` (the seed's style); API payloads as `string`. */
  readonly dates: "Date" | "string";
}

const quote = (v: string | number | boolean) => (typeof v === "string" ? tsStringLiteral(v, "'") : String(v));

export function typeText(type: TypeNode, index: IrIndex, opts: TypeTextOptions): string {
  switch (type.kind) {
    case "primitive": {
      const format = type.constraints?.format;
      if (format === "date-time" || format === "date") return opts.dates === "Date" ? "Date" : "string";
      return type.name === "integer" ? "number" : type.name;
    }
    case "literal":
      return quote(type.value);
    case "array": {
      const item = typeText(type.items, index, opts);
      return type.items.kind === "union" ? `(${item})[]` : `${item}[]`;
    }
    case "record":
      return `Record<string, ${typeText(type.values, index, opts)}>`;
    case "object": {
      const props = type.properties.map((p) => `${p.name}${p.optional ? "?" : ""}: ${fieldTypeText(p, index, opts)}`);
      // Undeclared properties, written as TypeScript's index signature (which OpenAPI's additionalProperties loosens).
      if (type.additionalProperties) props.push(`[other: string]: ${typeText(type.additionalProperties, index, opts)}`);
      const base = props.length ? `{ ${props.join("; ")} }` : "{}";
      return type.extends?.length ? [...type.extends, base].join(" & ") : base;
    }
    case "ref": {
      if (type.refKind === "model") return index.models.get(type.name)?.schemaName ?? type.name;
      const e = type.refKind === "enum" ? index.enums.get(type.name) : undefined;
      return e?.source === "inline" ? e.values.map(quote).join(" | ") : type.name;
    }
    case "union":
      return type.variants.map((v) => typeText(v, index, opts)).join(" | ");
  }
}

export function fieldTypeText(field: FieldNode, index: IrIndex, opts: TypeTextOptions): string {
  const text = typeText(field.type, index, opts);
  return field.nullable ? `${text} | null` : text;
}

/** Object members, one per line, comments aligned in one column like the seed. */
export function memberLines(
  fields: readonly FieldNode[],
  index: IrIndex,
  opts: TypeTextOptions,
  comment: (f: FieldNode) => string,
  indent = "  ",
): string[] {
  const decls = fields.map((f) => `${indent}${f.name}${f.optional ? "?" : ""}: ${fieldTypeText(f, index, opts)};`);
  const notes = fields.map((f) => comment(f).replace(/\s+/g, " ").trim());
  const width = Math.max(0, ...decls.filter((_, i) => notes[i]).map((d) => d.length)) + 2;
  return decls.map((d, i) => (notes[i] ? `${d.padEnd(width)}// ${tsLineCommentText(notes[i])}` : d));
}
