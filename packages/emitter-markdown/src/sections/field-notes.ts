/** Comments and rule phrases for a single field, shared by models, bodies and validation. */
import { tsStringLiteral, type FieldNode, type ModelNode } from "@specloom/core";
import { belongsToFor } from "@specloom/model";
import type { SectionContext } from "../context";
import { constraintWords } from "../render/words";

/** Constraint phrases of a field's type, enum values included. */
export function fieldRules(ctx: SectionContext, field: FieldNode): string[] {
  const { t, index } = ctx;
  const type = field.type.kind === "array" ? field.type.items : field.type;
  const out: string[] = [];
  if (type.kind === "primitive") out.push(...constraintWords(t, type.constraints, type.name === "integer"));
  if (type.kind === "ref" && type.refKind === "enum") {
    const e = index.enums.get(type.name);
    if (e) out.push(t.rules.oneOf(e.values.map((v) => (typeof v === "string" ? tsStringLiteral(v, "'") : String(v))).join(", ")));
  }
  if (field.type.kind === "array") {
    if (field.type.minItems !== undefined) out.push(t.rules.minItems(field.type.minItems));
    if (field.type.maxItems !== undefined) out.push(t.rules.maxItems(field.type.maxItems));
    if (field.type.uniqueItems) out.push(t.rules.uniqueItems);
  }
  if (type.kind === "object" || type.kind === "record") {
    if (type.minProperties !== undefined) out.push(t.rules.minProperties(type.minProperties));
    if (type.maxProperties !== undefined) out.push(t.rules.maxProperties(type.maxProperties));
  }
  return out;
}

/** The seed's `// UUID, primary key` style comment for a model column. */
export function modelFieldComment(ctx: SectionContext, model: ModelNode, field: FieldNode): string {
  const c = ctx.t.models.comment;
  const parts: string[] = [];
  const type = field.type;
  if (type.kind === "primitive" && type.constraints?.format === "uuid") parts.push(ctx.t.rules.format.uuid);
  if (field.primaryKey) parts.push(c.primaryKey);
  const fk = belongsToFor(model, field);
  if (fk) parts.push(c.foreignKey(fk.targetModel));
  if (field.unique) parts.push(c.unique);
  if (field.indexed) parts.push(c.indexed);
  if (type.kind === "ref" && type.refKind === "enum") {
    const e = ctx.index.enums.get(type.name);
    parts.push(e && e.source !== "inline" ? `${c.enum}: ${e.values.join(", ")}` : c.enum);
  }
  if (field.origin === "softDelete") parts.push(c.softDelete);
  if (field.origin === "timestamps") parts.push(c.timestamp);
  if (field.identity) parts.push(c.identity);
  if (field.visibility !== "normal") parts.push(c[field.visibility]);
  if (field.column === undefined) parts.push(c.computed);
  const facts = capitalize(parts.join(", "));
  const doc = field.docs.summary;
  return withDeprecation(ctx, field, doc ? (facts ? `${facts} — ${doc}` : doc) : facts);
}

/** `Deprecated: use labels. — …` in front of a field's comment, so readers of the spec see it first. */
export function deprecationNote(ctx: SectionContext, deprecated: string | true | undefined): string | undefined {
  if (deprecated === undefined) return undefined;
  return deprecated === true ? ctx.t.common.deprecated : `${ctx.t.common.deprecated}: ${deprecated}`;
}

function withDeprecation(ctx: SectionContext, field: FieldNode, comment: string): string {
  const note = deprecationNote(ctx, field.docs.deprecated);
  return note ? (comment ? `${note} — ${comment}` : note) : comment;
}

/** Short comment for a payload member: its rules, or its JSDoc. */
export function payloadFieldComment(ctx: SectionContext, field: FieldNode): string {
  // JSDoc on DTO fields usually restates the rules in words; prefer it over a repeat.
  return withDeprecation(ctx, field, field.docs.summary ?? capitalize(fieldRules(ctx, field).join(", ")));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
