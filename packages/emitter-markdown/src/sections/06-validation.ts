/** 6. Data Validation: input rules per request body, output sanitization from visibility. */
import type { EndpointNode, FieldNode, TypeNode } from "@specloom/core";
import { endpointLabel, type SectionContext } from "../context";
import { responseHiddenFields } from "@specloom/emitter-openapi";
import { code, Md } from "../render/md";
import { typeText } from "../render/ts-type";
import { payloadMembers } from "./payload";

export function renderValidation(ctx: SectionContext, md: Md): void {
  const { t } = ctx;
  md.heading(2, t.sections.validation);
  md.heading(3, t.validation.input);
  const bodies = requestBodies(ctx.index.endpoints);
  if (bodies.size === 0) md.paragraph(t.validation.noBodies);
  for (const [name, { type, endpoints }] of bodies) {
    md.paragraph(`**${name}** (${t.validation.usedBy(endpoints.map((e) => code(endpointLabel(e))).join(", "))}):`);
    const members = payloadMembers(ctx, type, "request");
    md.code("typescript", members ? ruleObject(ctx, members) : [typeText(type, ctx.index, { dates: "string" })]);
  }
  md.heading(3, t.validation.output);
  md.bullets(sanitizationBullets(ctx));
}

/** Bodies keyed by schema name (shared DTOs listed once) or by endpoint for inline ones. */
function requestBodies(endpoints: readonly EndpointNode[]): Map<string, { type: TypeNode; endpoints: EndpointNode[] }> {
  const out = new Map<string, { type: TypeNode; endpoints: EndpointNode[] }>();
  for (const e of endpoints) {
    if (!e.body) continue;
    const key = e.body.kind === "ref" ? e.body.name : endpointLabel(e);
    const entry = out.get(key) ?? { type: e.body, endpoints: [] };
    entry.endpoints.push(e);
    out.set(key, entry);
  }
  return out;
}

/** The seed's `{ email: { type: 'string', format: 'email', … } }` rule object. */
function ruleObject(ctx: SectionContext, fields: readonly FieldNode[]): string[] {
  const lines = ["{"];
  fields.forEach((f, i) => {
    const props: string[] = [];
    let note: string | undefined;
    const type = f.type;
    if (type.kind === "primitive") {
      props.push(`type: '${type.type}'`);
      const c = type.constraints ?? {};
      if (c.format) props.push(`format: '${c.format}'`);
      for (const key of ["minLength", "maxLength", "minimum", "maximum", "precision", "scale"] as const) {
        if (c[key] !== undefined) props.push(`${key}: ${c[key]}`);
      }
      if (c.pattern !== undefined) {
        props.push(`pattern: /${c.pattern.replace(/\//g, "\\/")}/`);
        note = c.patternMessage;
      }
    } else if (type.kind === "array") {
      props.push("type: 'array'", `items: '${typeText(type.items, ctx.index, { dates: "string" })}'`);
      if (type.minItems !== undefined) props.push(`minItems: ${type.minItems}`);
      if (type.maxItems !== undefined) props.push(`maxItems: ${type.maxItems}`);
    } else if (type.kind === "ref" && type.target === "enum") {
      const e = ctx.index.enums.get(type.name);
      props.push(`enum: [${(e?.values ?? []).map((v) => (typeof v === "string" ? `'${v}'` : v)).join(", ")}]`);
    } else {
      props.push(`type: '${typeText(type, ctx.index, { dates: "string" }).replace(/'/g, "")}'`);
    }
    if (f.nullable) props.push("nullable: true");
    props.push(`required: ${!f.optional}`);
    lines.push(`  ${f.name}: {`);
    props.forEach((p, j) => {
      const last = j === props.length - 1;
      const comment = note && p.startsWith("pattern:") ? `  // ${note.replace(/\s+/g, " ")}` : "";
      lines.push(`    ${p}${last ? "" : ","}${comment}`);
    });
    lines.push(`  }${i === fields.length - 1 ? "" : ","}`);
  });
  lines.push("}");
  return lines;
}

function sanitizationBullets(ctx: SectionContext): string[] {
  const { t } = ctx;
  const returning = modelsInResponses(ctx);
  const out: string[] = [];
  for (const model of ctx.ir.models) {
    const hidden = responseHiddenFields(model);
    if (hidden.length === 0) continue;
    const fields = hidden.map(({ field, reason }) => `${code(field.name)} (${t.models.comment[reason]})`).join(", ");
    const endpoints = ctx.index.endpoints.filter((e) => returning.get(e)?.has(model.name)).map((e) => code(endpointLabel(e)));
    out.push(endpoints.length ? t.validation.removeFrom(fields, model.name, endpoints.join(", ")) : t.validation.removeEverywhere(fields, model.name));
  }
  const hasDates = ctx.ir.models.some((m) => m.fields.some((f) => f.type.kind === "primitive" && (f.type.constraints?.format === "date-time" || f.type.constraints?.format === "date")));
  if (hasDates) out.push(t.validation.isoDates);
  out.push(t.validation.nulls);
  return out;
}

/** Models each endpoint's success responses carry, through schemas, arrays and unions. */
function modelsInResponses(ctx: SectionContext): Map<EndpointNode, Set<string>> {
  // `seen` guards recursive schemas; payloads are shallow, so no memo is needed.
  const walk = (type: TypeNode, out: Set<string>, seen: Set<string>): void => {
    switch (type.kind) {
      case "ref": {
        if (type.target === "model") out.add(type.name);
        const schema = type.target === "schema" && !seen.has(type.name) ? ctx.index.schemas.get(type.name) : undefined;
        if (schema) {
          seen.add(type.name);
          walk(schema.type, out, seen);
        }
        return;
      }
      case "array":
        return walk(type.items, out, seen);
      case "record":
        return walk(type.values, out, seen);
      case "object":
        for (const p of type.properties) walk(p.type, out, seen);
        for (const name of type.extends ?? []) walk({ kind: "ref", name, target: "schema" }, out, seen);
        return;
      case "union":
        for (const v of type.variants) walk(v, out, seen);
        return;
      default:
        return;
    }
  };
  const result = new Map<EndpointNode, Set<string>>();
  for (const e of ctx.index.endpoints) {
    const models = new Set<string>();
    for (const r of e.responses) if (r.type && r.status < 400) walk(r.type, models, new Set());
    result.set(e, models);
  }
  return result;
}
