/** Applies specloom tags to a converted base type: constraints and field facts. */
import ts from "typescript";
import { checkPattern } from "@specloom/core";
import type { Constraints, DefaultValue, TypeNode, Visibility } from "@specloom/core";
import type { FrontendContext } from "./context";
import { checkOptionKeys } from "./option-keys";
import { typeToValue, asRecord, isTypeHandle, literalText, type LiteralValue } from "./type-values";
import type { Site } from "./types";

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
  relation?: RelationTag;
}

type Applies = "string" | "number" | "any";
const CONSTRAINT_TAGS: Record<string, Applies> = {
  format: "string",
  minLength: "string",
  maxLength: "string",
  pattern: "string",
  minimum: "number",
  maximum: "number",
  integer: "number",
  decimal: "string",
};
const FACT_TAGS = new Set(["primaryKey", "unique", "indexed", "default", "visibility", "column"]);
const RELATION_TAGS = new Set(["belongsTo", "hasMany", "hasOne", "manyToMany"]);

function baseKind(t: TypeNode): Applies | "other" {
  if (t.kind === "primitive") return t.name === "string" ? "string" : t.name === "number" || t.name === "integer" ? "number" : "other";
  if (t.kind === "literal") return typeof t.value === "string" ? "string" : typeof t.value === "number" ? "number" : "other";
  return "other";
}

export function applyTags(base: TypeNode, tags: ReadonlyMap<string, ts.Type>, ctx: FrontendContext, site: Site): { type: TypeNode; facts: FieldFacts } {
  const facts: FieldFacts = {};
  if (tags.size === 0) return { type: base, facts };
  const c: { -readonly [K in keyof Constraints]: Constraints[K] } = {};
  let type = base;
  for (const [name, valueType] of tags) {
    const value = typeToValue(valueType, ctx.checker);
    if (name in CONSTRAINT_TAGS) {
      const want = CONSTRAINT_TAGS[name]!;
      const have = baseKind(base);
      const enumOk = base.kind === "ref" && base.refKind === "enum" && want === "string";
      if (have !== want && !enumOk) {
        ctx.report("annotation-wrong-type", { tag: name, type: describe(base) }, site.node);
        continue;
      }
      if (name === "format" && typeof value === "string") c.format = value as Constraints["format"];
      else if (name === "minLength" && typeof value === "number") c.minLength = value;
      else if (name === "maxLength" && typeof value === "number") c.maxLength = value;
      else if (name === "minimum" && typeof value === "number") c.minimum = value;
      else if (name === "maximum" && typeof value === "number") c.maximum = value;
      else if (name === "pattern") {
        const p = asRecord(value);
        if (typeof p?.regex === "string") c.pattern = p.regex;
        if (typeof p?.message === "string") c.patternMessage = p.message;
      } else if (name === "integer") {
        c.size = value === "int64" ? "int64" : "int32";
        if (type.kind === "primitive") type = { ...type, name: "integer" };
      } else if (name === "decimal") {
        const d = asRecord(value);
        c.format = "decimal";
        if (typeof d?.precision === "number") c.precision = d.precision;
        if (typeof d?.scale === "number") c.scale = d.scale;
      }
    } else if (FACT_TAGS.has(name)) {
      applyFact(name, value, facts);
    } else if (RELATION_TAGS.has(name)) {
      const rec = asRecord(value) ?? {};
      const target = rec.target;
      checkOptionKeys(ctx.checker.getPropertyOfType(valueType, "options"), ctx, site.node);
      if (isTypeHandle(target)) {
        facts.relation = { type: name as RelationTag["type"], target: target.typeHandle, options: asRecord(rec.options) ?? {} };
      } else {
        ctx.report("relation-target-not-model", { field: site.field, target: literalText(target) }, site.node);
      }
    } else {
      ctx.report("unknown-annotation", { name }, site.node);
    }
  }
  for (const problem of constraintProblems(c)) ctx.report("invalid-option", { what: "annotation", detail: problem }, site.node);
  const pattern = c.pattern === undefined ? undefined : checkPattern(c.pattern);
  if (pattern && !pattern.ok) {
    ctx.report("pattern-not-portable", { pattern: c.pattern!, detail: pattern.problem }, site.node);
    delete c.pattern;
  }
  if (Object.keys(c).length && type.kind === "primitive") type = { ...type, constraints: { ...type.constraints, ...c } };
  else if (Object.keys(c).length && type.kind === "literal")
    type = { kind: "primitive", name: typeof type.value === "number" ? "number" : "string", constraints: c };
  else if (Object.keys(c).length && type.kind === "ref" && type.refKind === "enum") {
    // Length limits on an enum describe its values; keep the enum itself.
  }
  return { type, facts };
}

const PG_MAX_VARCHAR = 10485760;

/** Tag values TS accepts (any number, any string) that no artifact could honour. */
function constraintProblems(c: Constraints): string[] {
  const problems: string[] = [];
  const count = (n: number | undefined, tag: string) => {
    if (n !== undefined && !(Number.isInteger(n) && n >= 0)) problems.push(`${tag}<${n}> needs a whole number of at least 0`);
  };
  count(c.minLength, "MinLength");
  count(c.maxLength, "MaxLength");
  // VARCHAR(n) needs 1 ≤ n ≤ 10485760 in PostgreSQL.
  if (c.maxLength !== undefined && (c.maxLength < 1 || c.maxLength > PG_MAX_VARCHAR))
    problems.push(`MaxLength<${c.maxLength}> must be from 1 to ${PG_MAX_VARCHAR} (PostgreSQL's VARCHAR limit)`);
  for (const [tag, n] of [
    ["Minimum", c.minimum],
    ["Maximum", c.maximum],
  ] as const) {
    // 1e400 is Infinity: 'Infinity' in SQL, null in OpenAPI.
    if (n !== undefined && !Number.isFinite(n)) problems.push(`${tag}<${n}> is not a finite number`);
  }
  if (c.minLength !== undefined && c.maxLength !== undefined && c.minLength > c.maxLength)
    problems.push(`MinLength<${c.minLength}> exceeds MaxLength<${c.maxLength}>`);
  if (c.minimum !== undefined && c.maximum !== undefined && c.minimum > c.maximum) problems.push(`Minimum<${c.minimum}> exceeds Maximum<${c.maximum}>`);
  if (c.precision !== undefined && !(Number.isInteger(c.precision) && c.precision >= 1 && c.precision <= 1000))
    problems.push(`Decimal precision ${c.precision} must be a whole number from 1 to 1000`);
  if (c.scale !== undefined && !(Number.isInteger(c.scale) && c.scale >= 0 && c.scale <= (c.precision ?? 1000)))
    problems.push(`Decimal scale ${c.scale} must be a whole number from 0 to the precision`);
  return problems;
}

function applyFact(name: string, value: LiteralValue, facts: FieldFacts): void {
  if (name === "primaryKey") facts.primaryKey = true;
  else if (name === "unique") facts.unique = true;
  else if (name === "indexed") facts.indexed = true;
  else if (name === "visibility" && typeof value === "string") facts.visibility = value as Visibility;
  else if (name === "column" && typeof value === "string") facts.column = value;
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
