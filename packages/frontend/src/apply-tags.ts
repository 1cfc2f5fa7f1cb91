/** Applies specloom tags to a converted base type: constraints and field facts. */
import ts from "typescript";
import { checkPattern, didYouMean, FORMAT_NAMES, formatValueKind, isBuiltinFormatSpelling, isFormatName } from "@specloom/core";
import type { Constraints, DefaultValue, TypeNode, Visibility } from "@specloom/core";
import type { FrontendContext } from "./context";
import { checkOptionKeys } from "./option-keys";
import { typeToValue, asRecord, isTypeHandle, literalText, type LiteralValue } from "./type-values";
import type { Site } from "./types";
import { reportConstraintProblems, type ItemConstraints } from "./constraint-checks";

export interface RelationTag {
  readonly type: "belongsTo" | "hasMany" | "hasOne" | "manyToMany";
  readonly target: ts.Type;
  readonly options: Record<string, LiteralValue>;
}

/** Field-level facts carried by tags (not part of the value's type). */
export interface FieldFacts {
  primaryKey?: boolean;
  unique?: boolean;
  indexed?: boolean;
  default?: DefaultValue;
  visibility?: Visibility;
  column?: string;
  identity?: "byDefault" | "always";
  relation?: RelationTag;
}

type Applies = "string" | "number" | "array" | "any";
const CONSTRAINT_TAGS: Record<string, Applies> = {
  format: "string",
  customFormat: "string",
  minLength: "string",
  maxLength: "string",
  pattern: "string",
  minimum: "number",
  maximum: "number",
  exclusiveMinimum: "number",
  exclusiveMaximum: "number",
  multipleOf: "number",
  integer: "number",
  decimal: "string",
  minItems: "array",
  maxItems: "array",
  uniqueItems: "array",
};
/** Whether a tag constrains the value's type (formats, bounds, lengths, items), as opposed to a field fact. */
export const isConstraintTag = (name: string): boolean => Object.prototype.hasOwnProperty.call(CONSTRAINT_TAGS, name);

const FACT_TAGS = new Set(["primaryKey", "unique", "indexed", "default", "visibility", "column", "identity"]);
const RELATION_TAGS = new Set(["belongsTo", "hasMany", "hasOne", "manyToMany"]);

function baseKind(t: TypeNode): Applies | "other" {
  if (t.kind === "primitive") return t.name === "string" ? "string" : t.name === "number" || t.name === "integer" ? "number" : "other";
  if (t.kind === "literal") return typeof t.value === "string" ? "string" : typeof t.value === "number" ? "number" : "other";
  return t.kind === "array" ? "array" : "other";
}

/**
 * The kind of value a tag applies to: `Format<"float" | "double" | "int64">` are numeric formats;
 * `int64` and `CustomFormat<…>` also fit a string or a number, whichever the base is.
 */
function appliesTo(name: string, value: LiteralValue, have: Applies | "other"): Applies {
  const eitherKind = name === "customFormat" || (name === "format" && value === "int64");
  if (eitherKind && (have === "string" || have === "number")) return have;
  if (name === "format" && typeof value === "string" && isFormatName(value)) return formatValueKind(value);
  return CONSTRAINT_TAGS[name]!;
}

type MutableConstraints = { -readonly [K in keyof Constraints]: Constraints[K] };

export function applyTags(base: TypeNode, tags: ReadonlyMap<string, ts.Type>, ctx: FrontendContext, site: Site): { type: TypeNode; facts: FieldFacts } {
  const facts: FieldFacts = {};
  if (tags.size === 0) return { type: base, facts };
  const c: MutableConstraints = {};
  const items: ItemConstraints = {};
  let type = base;
  for (const [name, valueType] of tags) {
    const value = typeToValue(valueType, ctx.checker);
    if (name in CONSTRAINT_TAGS) {
      const have = baseKind(base);
      const want = appliesTo(name, value, have);
      const enumOk = base.kind === "ref" && base.refKind === "enum" && want === "string";
      if (have !== want && !enumOk) {
        ctx.report("annotation-wrong-type", { tag: name, type: describe(base) }, site.node);
        continue;
      }
      if (want === "array") readItemTag(name, value, items);
      else if (name === "integer" || (name === "format" && value === "int64" && want === "number")) {
        // `number & Format<"int64">` is `BigInt64`: one IR form for both spellings. `unsized`: no size at all.
        if (value !== "unsized") c.size = value === "int64" ? "int64" : "int32";
        if (type.kind === "primitive") type = { ...type, name: "integer" };
      } else if (name === "format" || name === "customFormat") readFormat(name, value, c, ctx, site);
      else readValueTag(name, value, c);
    } else if (name === "oneOf") {
      type = exactlyOne(type, ctx, site);
    } else if (FACT_TAGS.has(name)) {
      applyFact(name, value, facts);
    } else if (RELATION_TAGS.has(name)) {
      const rec = asRecord(value) ?? {};
      const target = rec.target;
      checkOptionKeys(ctx.checker.getPropertyOfType(valueType, "options"), ctx, site.node);
      if (isTypeHandle(target)) {
        facts.relation = { type: name as RelationTag["type"], target: target.typeHandle, options: asRecord(rec.options) ?? {} };
      } else {
        ctx.report("relation-target-not-model", { field: site.field, target: literalText(target), hint: "" }, site.node);
      }
    } else {
      ctx.report("unknown-annotation", { name }, site.node);
    }
  }
  reportConstraintProblems(c, items, ctx, site);
  const pattern = c.pattern === undefined ? undefined : checkPattern(c.pattern);
  if (pattern && !pattern.ok && !pattern.databaseOnly) {
    ctx.report("pattern-not-portable", { pattern: c.pattern!, detail: pattern.problem }, site.node);
    delete c.pattern;
  } else if (pattern && !pattern.ok && isModelName(site.owner, ctx)) {
    // The API and validators.ts check it as written; only the column's CHECK cannot be generated.
    ctx.report("pattern-database-unchecked", { pattern: c.pattern!, where: `${site.owner}.${site.field}`, detail: pattern.problem }, site.node);
  }
  if (type.kind === "array") type = { ...type, ...items };
  if (facts.identity && !(type.kind === "primitive" && type.name === "integer")) {
    ctx.report("annotation-wrong-type", { tag: "identity", type: describe(type) }, site.node);
    delete facts.identity;
  }
  if (Object.keys(c).length && type.kind === "primitive") type = { ...type, constraints: { ...type.constraints, ...c } };
  else if (Object.keys(c).length && type.kind === "literal")
    type = { kind: "primitive", name: typeof type.value === "number" ? "number" : "string", constraints: c };
  else if (Object.keys(c).length && type.kind === "ref" && type.refKind === "enum") {
    // Length limits on an enum describe its values; keep the enum itself.
  }
  return { type, facts };
}

const isModelName = (name: string, ctx: FrontendContext): boolean => [...ctx.models.values()].includes(name);

/** `OneOf` on a union, inline or named (`type Pet = (Cat | Dog) & OneOf` arrives as a ref to its schema). */
function exactlyOne(type: TypeNode, ctx: FrontendContext, site: Site): TypeNode {
  if (type.kind === "union") return { ...type, oneOf: true };
  // An enum's values are distinct: exactly one always matches.
  if (type.kind === "ref" && type.refKind === "enum") return type;
  const schema = type.kind === "ref" && type.refKind === "schema" ? ctx.schemas.get(type.name) : undefined;
  // A recursive union met inside its own conversion (`items?: Option[]`): the outer conversion marks it.
  if (schema === null) return type;
  if (schema?.type.kind === "union") {
    ctx.schemas.set(schema.name, { ...schema, type: { ...schema.type, oneOf: true } });
    return type;
  }
  ctx.report("annotation-wrong-type", { tag: "oneOf", type: describe(type) }, site.node);
  return type;
}

function readItemTag(name: string, value: LiteralValue, items: ItemConstraints): void {
  if (name === "uniqueItems") items.uniqueItems = true;
  else if (name === "minItems" && typeof value === "number") items.minItems = value;
  else if (name === "maxItems" && typeof value === "number") items.maxItems = value;
}

/** `Format<…>` must name a built-in format (did-you-mean otherwise); `CustomFormat<…>` must not. */
function readFormat(name: string, value: LiteralValue, c: MutableConstraints, ctx: FrontendContext, site: Site): void {
  if (typeof value !== "string") return;
  const where = `${site.owner}.${site.field}`;
  if (name === "customFormat") {
    if (isBuiltinFormatSpelling(value)) ctx.report("custom-format-builtin", { format: value, where }, site.node);
    else c.customFormat = value;
  } else if (isFormatName(value)) c.format = value;
  else ctx.report("unknown-format", { format: value, where, hint: didYouMean(value, FORMAT_NAMES) }, site.node);
}

function readValueTag(name: string, value: LiteralValue, c: MutableConstraints): void {
  if (name === "pattern") {
    const p = asRecord(value);
    if (typeof p?.regex === "string") c.pattern = p.regex;
    if (typeof p?.message === "string") c.patternMessage = p.message;
  } else if (name === "decimal") {
    const d = asRecord(value);
    c.format = "decimal";
    if (typeof d?.precision === "number") c.precision = d.precision;
    if (typeof d?.scale === "number") c.scale = d.scale;
  } else if (typeof value === "number") {
    if (name === "minLength") c.minLength = value;
    else if (name === "maxLength") c.maxLength = value;
    else if (name === "minimum") c.minimum = value;
    else if (name === "maximum") c.maximum = value;
    else if (name === "exclusiveMinimum") c.exclusiveMinimum = value;
    else if (name === "exclusiveMaximum") c.exclusiveMaximum = value;
    else if (name === "multipleOf") c.multipleOf = value;
  }
}

function applyFact(name: string, value: LiteralValue, facts: FieldFacts): void {
  if (name === "primaryKey") facts.primaryKey = true;
  else if (name === "unique") facts.unique = true;
  else if (name === "indexed") facts.indexed = true;
  else if (name === "visibility" && typeof value === "string") facts.visibility = value as Visibility;
  else if (name === "column" && typeof value === "string") facts.column = value;
  else if (name === "identity") facts.identity = value === "always" ? "always" : "byDefault";
  else if (name === "default") {
    if (value === "now()" || value === "gen_random_uuid()") facts.default = { kind: "sqlDefault", expr: value };
    else if (value === null || typeof value !== "object") facts.default = { kind: "literalDefault", value };
  }
}

function describe(t: TypeNode): string {
  if (t.kind === "primitive") return t.name;
  if (t.kind === "literal") return `literal ${JSON.stringify(t.value)}`;
  return t.kind === "ref" ? t.refKind : t.kind;
}
