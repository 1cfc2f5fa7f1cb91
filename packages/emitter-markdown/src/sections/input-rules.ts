/**
 * Section 6 input rules, rendered from the model's request-body JSON
 * Schemas (the same ones openapi.json and validators.ts use), in the seed's
 * `{ email: { type: 'string', format: 'email', required: true } }` style.
 */
import { getModel, refTarget, resolveSchema, VALIDATION_KEYWORDS, type JsonSchema, type JsonSchemaSet } from "@specloom/model";
import { tsStringLiteral, type EndpointNode } from "@specloom/core";
import type { SectionContext } from "../context";

function jsonSchemas(ctx: SectionContext): JsonSchemaSet {
  return getModel(ctx.ir).jsonSchemas({ version: ctx.config.openapi.version });
}

/** Keywords shown per property, in this order; the rest (descriptions, examples) are docs, not rules. */
// `pattern` is listed on its own, as a /regex/ with its human wording.
const RULE_KEYWORDS = VALIDATION_KEYWORDS.filter((k) => k !== "pattern");

const literal = (v: unknown): string => (typeof v === "string" ? tsStringLiteral(v, "'") : JSON.stringify(v));

/** Rule lines by body schema, with the components they resolved: a body schema is the same object while its node is. */
const linesByBody = new WeakMap<
  JsonSchema,
  { readonly resolved: readonly (readonly [string, JsonSchema | undefined])[]; readonly lines?: readonly string[] }
>();

/**
 * The rule object for an endpoint's body; undefined when the body is not an object. The same array as last time
 * while the body schema and every component it resolved are the same objects.
 */
export function inputRuleLines(ctx: SectionContext, endpoint: EndpointNode): readonly string[] | undefined {
  const set = jsonSchemas(ctx);
  const body = set.bodies[endpoint.name];
  if (!body) return undefined;
  const kept = linesByBody.get(body);
  if (kept && kept.resolved.every(([name, found]) => set.components[name] === found)) return kept.lines;
  const resolved: (readonly [string, JsonSchema | undefined])[] = [];
  const components = new Proxy(set.components, {
    get(target, name) {
      const found = target[name as string];
      if (typeof name === "string") resolved.push([name, found]);
      return found;
    },
  });
  const lines = ruleLines({ ...set, components }, body);
  linesByBody.set(body, { resolved, ...(lines ? { lines } : {}) });
  return lines;
}

function ruleLines(set: JsonSchemaSet, body: JsonSchema): string[] | undefined {
  const schema = resolveSchema(set, body);
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (!properties) return undefined;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const names = Object.keys(properties);
  const lines = ["{"];
  names.forEach((name, i) => {
    const props = propertyRules(set, properties[name]!);
    props.push({ text: `required: ${required.has(name)}` });
    lines.push(`  ${name}: {`);
    props.forEach((p, j) => lines.push(`    ${p.text}${j < props.length - 1 ? "," : ""}${p.note ? `  // ${p.note.replace(/\s+/g, " ")}` : ""}`));
    lines.push(`  }${i < names.length - 1 ? "," : ""}`);
  });
  lines.push("}");
  return lines;
}

function propertyRules(set: JsonSchemaSet, property: JsonSchema): { text: string; note?: string }[] {
  const out: { text: string; note?: string }[] = [];
  // A $ref with siblings (a description) comes wrapped as `allOf: [{ $ref }]`.
  const allOf = property.allOf as JsonSchema[] | undefined;
  const target = allOf?.length === 1 ? { ...allOf[0]!, ...property, allOf: undefined } : property;
  const name = refTarget(target);
  const schema = resolveSchema(set, target);
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : typeof schema.type === "string" ? [schema.type] : [];
  const nonNull = types.filter((t) => t !== "null");
  if (Array.isArray(schema.enum))
    out.push({
      text: `enum: [${(schema.enum as unknown[])
        .filter((v) => v !== null)
        .map(literal)
        .join(", ")}]`,
    });
  else if (name) out.push({ text: `type: '${name}'` });
  else if (nonNull.length) out.push({ text: `type: '${nonNull.join(" | ")}'` });
  else if (schema.oneOf || schema.anyOf) out.push({ text: `type: '${variantNames(set, (schema.oneOf ?? schema.anyOf) as JsonSchema[])}'` });
  for (const key of RULE_KEYWORDS) if (schema[key] !== undefined) out.push({ text: `${key}: ${literal(schema[key])}` });
  if (typeof schema.pattern === "string") {
    const note = typeof schema["x-pattern-message"] === "string" ? schema["x-pattern-message"] : undefined;
    out.push({ text: `pattern: /${schema.pattern.replace(/\//g, "\\/")}/`, ...(note ? { note } : {}) });
  }
  const items = schema.items as JsonSchema | undefined;
  if (items) out.push({ text: `items: '${refTarget(items) ?? itemType(items)}'` });
  if (types.includes("null") || schema.nullable === true) out.push({ text: "nullable: true" });
  return out;
}

function itemType(items: JsonSchema): string {
  return Array.isArray(items.type) ? (items.type as string[]).join(" | ") : typeof items.type === "string" ? items.type : "object";
}

function variantNames(set: JsonSchemaSet, variants: readonly JsonSchema[]): string {
  return variants.map((v) => refTarget(v) ?? itemType(resolveSchema(set, v))).join(" | ");
}
