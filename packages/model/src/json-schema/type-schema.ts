/** IR TypeNode -> JSON Schema (3.1 dialect). The only place IR types become schemas. */
import {
  isFormatName,
  openApiFormat,
  pascalCase,
  type Constraints,
  type EnumNode,
  type FieldNode,
  type PrimitiveType,
  type TypeNode,
  type UnionType,
} from "@specloom/core";
import type { IrIndex } from "../ir-index";
import { modelsReachedBy } from "../reachable";
import { annotate, nullable, ref, withDefined, type JsonSchema } from "./json-schema";
import { isHidden } from "../visibility";

/**
 * `response` drops write-only fields, `request` drops read-only ones, `shared`
 * (named schemas used either way) keeps both with readOnly/writeOnly markers.
 */
export type Direction = "response" | "request" | "shared";

export type IrLookup = IrIndex;

export interface TypeContext {
  readonly lookup: IrLookup;
  readonly direction: Direction;
  /** Component name of a model in a direction; registers request variants on demand. */
  modelComponent(model: string, direction: Direction): string;
  /** Component name of a named schema in a direction (an `Input` variant when it embeds models). */
  schemaComponent(schema: string, direction: Direction): string;
  /** Registers an inline schema as a component (discriminated union variants); returns its name. */
  hoist(nameHint: string, schema: JsonSchema): string;
}

/** Pattern for an exact decimal of `precision` digits, `scale` after the point. */
export function decimalPattern(precision?: number, scale?: number): string {
  if (precision === undefined) return "^-?\\d+(\\.\\d+)?$";
  const s = scale ?? 0;
  const intDigits = Math.max(precision - s, 1);
  return s > 0 ? `^-?\\d{1,${intDigits}}(\\.\\d{1,${s}})?$` : `^-?\\d{1,${intDigits}}$`;
}

function stringSchema(c: Constraints): JsonSchema {
  const decimal = c.format === "decimal";
  return withDefined(
    { type: "string" },
    {
      format: c.customFormat ?? (c.format && isFormatName(c.format) ? openApiFormat(c.format) : c.format),
      minLength: c.minLength,
      maxLength: c.maxLength,
      pattern: c.pattern ?? (decimal ? decimalPattern(c.precision, c.scale) : undefined),
      "x-pattern-message": c.pattern ? c.patternMessage : undefined,
    },
  );
}

/** Numeric bounds in the 3.1 dialect (numbers); `downgrade` turns the exclusive ones into 3.0's flags. */
function numericBounds(c: Constraints): Record<string, number | undefined> {
  return { minimum: c.minimum, maximum: c.maximum, exclusiveMinimum: c.exclusiveMinimum, exclusiveMaximum: c.exclusiveMaximum, multipleOf: c.multipleOf };
}

function primitiveSchema(p: PrimitiveType): JsonSchema {
  const c = p.constraints ?? {};
  switch (p.name) {
    case "string":
      return stringSchema(c);
    case "integer":
      return withDefined({ type: "integer" }, { format: c.customFormat ?? c.size, ...numericBounds(c) });
    case "number":
      // A decimal tag on a number still means "exact decimal": serialize as a string.
      if (c.format === "decimal") return stringSchema(c);
      return withDefined({ type: "number" }, { format: c.customFormat ?? c.format, ...numericBounds(c) });
    case "boolean":
      return { type: "boolean" };
    case "null":
      return { type: "null" };
    case "unknown":
      return {};
  }
}

function jsonTypeOf(value: string | number | boolean): string {
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

export function enumSchema(node: EnumNode): JsonSchema {
  const values = node.values;
  const strings = values.every((v) => typeof v === "string");
  const numbers = values.every((v) => typeof v === "number");
  const type = strings ? "string" : numbers ? (values.every((v) => Number.isInteger(v)) ? "integer" : "number") : undefined;
  return withDefined({}, { description: node.docs.description, type, enum: [...values] });
}

/** Schema of a property: type, nullability, docs, visibility markers, default. */
export function fieldSchema(field: FieldNode, ctx: TypeContext, hint: string, typeOverride?: TypeNode): JsonSchema {
  let schema = typeSchema(typeOverride ?? field.type, ctx, hint + pascalCase(field.name));
  if (field.nullable) schema = nullable(schema);
  const literalDefault = field.default?.kind === "literalDefault" ? field.default.value : undefined;
  return annotate(schema, {
    description: field.docs.description ?? field.docs.summary,
    default: literalDefault === null && !field.nullable ? undefined : literalDefault,
    deprecated: field.docs.deprecated ? true : undefined,
    readOnly: field.visibility === "readOnly" && ctx.direction !== "request" ? true : undefined,
    writeOnly: field.visibility === "writeOnly" && ctx.direction !== "response" ? true : undefined,
    examples: field.docs.examples && field.docs.examples.length > 0 ? [...field.docs.examples] : undefined,
  });
}

/** Whether a field shows up in an object schema of this direction. */
function fieldVisibleIn(field: FieldNode, direction: Direction): boolean {
  if (isHidden(field)) return false;
  if (direction === "response") return field.visibility !== "writeOnly";
  if (direction === "request") return field.visibility !== "readOnly";
  return true;
}

export function objectSchema(
  fields: readonly FieldNode[],
  ctx: TypeContext,
  hint: string,
  isRequired: (f: FieldNode) => boolean = (f) => !f.optional,
  override?: (f: FieldNode) => TypeNode | undefined,
): JsonSchema {
  const visible = fields.filter((f) => fieldVisibleIn(f, ctx.direction));
  const properties: Record<string, JsonSchema> = {};
  for (const f of visible) properties[f.name] = fieldSchema(f, ctx, hint, override?.(f));
  const required = visible.filter(isRequired).map((f) => f.name);
  return withDefined({ type: "object" }, { properties, required: required.length > 0 ? required : undefined });
}

export function typeSchema(type: TypeNode, ctx: TypeContext, hint: string): JsonSchema {
  switch (type.kind) {
    case "primitive":
      return primitiveSchema(type);
    case "literal":
      return { type: jsonTypeOf(type.value), const: type.value };
    case "array":
      return withDefined(
        { type: "array", items: typeSchema(type.items, ctx, hint + "Item") },
        {
          minItems: type.minItems,
          maxItems: type.maxItems,
          uniqueItems: type.uniqueItems,
        },
      );
    case "record":
      return withDefined({ type: "object", additionalProperties: typeSchema(type.values, ctx, hint + "Value") }, propertyCounts(type));
    case "object": {
      const declared = objectSchema(type.properties, ctx, hint);
      const own = type.additionalProperties ? { ...declared, additionalProperties: typeSchema(type.additionalProperties, ctx, hint + "Value") } : declared;
      const counts = propertyCounts(type);
      if (!type.extends || type.extends.length === 0) return withDefined(type.closed ? { ...own, additionalProperties: false } : own, counts);
      // `interface A extends B`, `B & C`: allOf of the bases and the own properties.
      const bases = type.extends.map((name) => refFor(name, ctx));
      const counted = counts.minProperties !== undefined || counts.maxProperties !== undefined;
      if (type.properties.length === 0 && bases.length === 1 && !type.closed && !counted) return bases[0]!; // a one-member allOf says nothing more
      // Counts in any member bound the whole value: with the own properties, as documents write them beside them, else beside the allOf.
      const allOf = type.properties.length > 0 ? { allOf: [...bases, withDefined(own, counts)] } : withDefined({ allOf: bases }, counts);
      // additionalProperties cannot see into allOf members; unevaluatedProperties (2020-12) can.
      return type.closed ? { ...allOf, unevaluatedProperties: false } : allOf;
    }
    case "ref":
      return refSchema(type.name, type.refKind, ctx);
    case "union":
      return unionSchema(type, ctx, hint);
  }
}

/** `MinProperties`/`MaxProperties` of an object or a record. */
function propertyCounts(type: { readonly minProperties?: number; readonly maxProperties?: number }): Record<string, number | undefined> {
  return { minProperties: type.minProperties, maxProperties: type.maxProperties };
}

function refFor(name: string, ctx: TypeContext): JsonSchema {
  // A schema may take a model's TypeScript name when the model has an API name of its own; the front end
  // reports a base that could mean either, so here the schema is the one meant.
  if (ctx.lookup.schemas.has(name)) return refSchema(name, "schema", ctx);
  if (ctx.lookup.models.has(name)) return refSchema(name, "model", ctx);
  if (ctx.lookup.enums.has(name)) return refSchema(name, "enum", ctx);
  return refSchema(name, "schema", ctx);
}

/** Whether a type reaches a model through refs, extensions or nesting (so it needs a request variant). */
export function embedsModel(type: TypeNode, lookup: IrLookup): boolean {
  return modelsReachedBy(lookup, [type], { extendedModels: true }).size > 0;
}

function refSchema(name: string, target: "model" | "enum" | "schema", ctx: TypeContext): JsonSchema {
  if (target === "model") return ref(ctx.modelComponent(name, ctx.direction));
  if (target === "schema") return ref(ctx.schemaComponent(name, ctx.direction));
  if (target === "enum") {
    const node = ctx.lookup.enums.get(name);
    // Unnamed unions on a field stay inline; the name the front end made up is not API surface.
    if (node && node.source === "inline") return enumSchema({ ...node, docs: {} });
  }
  return ref(name);
}

function unionSchema(type: UnionType, ctx: TypeContext, hint: string): JsonSchema {
  const isNull = (v: TypeNode) => v.kind === "primitive" && v.name === "null";
  const hasNull = type.variants.some(isNull);
  const variants = type.variants.filter((v) => !isNull(v));
  let schema: JsonSchema;
  const literals = variants.every((v) => v.kind === "literal") ? variants.map((v) => (v.kind === "literal" ? v.value : null)) : undefined;
  const literalTypes = new Set(literals?.map((v) => jsonTypeOf(v as string | number | boolean)));
  if (literals && literals.length > 0 && literalTypes.size === 1) {
    schema = { type: [...literalTypes][0], enum: literals };
  } else if (type.discriminator) {
    schema = discriminatedSchema(type, ctx, hint);
  } else if (variants.length === 1) {
    schema = typeSchema(variants[0]!, ctx, hint);
  } else if (variants.length === 0) {
    schema = { type: "null" };
  } else {
    // anyOf unless the author says `OneOf`: undiscriminated variants may overlap (a valid value may match two).
    schema = { [type.oneOf ? "oneOf" : "anyOf"]: variants.map((v, i) => typeSchema(v, ctx, `${hint}${i + 1}`)) };
  }
  return hasNull && variants.length > 0 ? nullable(schema) : schema;
}

function discriminatedSchema(type: UnionType, ctx: TypeContext, hint: string): JsonSchema {
  const d = type.discriminator!;
  const byIndex = new Map(Object.entries(d.mapping).map(([value, index]) => [index, value]));
  const members = type.variants.map((v, i) => {
    if (v.kind === "ref") return refSchema(v.name, v.refKind, ctx);
    // The discriminator can only select named schemas: hoist inline variants.
    const name = ctx.hoist(hint + pascalCase(String(byIndex.get(i) ?? i + 1)), typeSchema(v, ctx, hint));
    return ref(name);
  });
  const mapping: Record<string, string> = {};
  for (const [value, index] of Object.entries(d.mapping)) {
    const member = members[index];
    if (member) mapping[value] = member.$ref as string;
  }
  return { oneOf: members, discriminator: { propertyName: d.property, mapping } };
}
