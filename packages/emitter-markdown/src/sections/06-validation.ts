/** 6. Data Validation: input rules per request body, output sanitization from visibility. */
import type { EndpointNode, TypeNode } from "@specloom/core";
import { endpointLabel, type SectionContext } from "../context";
import { responseHiddenFields } from "@specloom/model";
import { code, Md } from "../render/md";
import { typeText } from "../render/ts-type";
import { inputRuleLines } from "./input-rules";

export function renderValidation(ctx: SectionContext, md: Md): void {
  const { t } = ctx;
  md.heading(2, t.sections.validation);
  md.heading(3, t.validation.input);
  const bodies = requestBodies(ctx.index.endpoints);
  if (bodies.size === 0) md.paragraph(t.validation.noBodies);
  for (const [name, { type, endpoints }] of bodies) {
    md.paragraph(`**${name}** (${t.validation.usedBy(endpoints.map((e) => code(endpointLabel(e))).join(", "))}):`);
    md.code("typescript", inputRuleLines(ctx, endpoints[0]!) ?? [typeText(type, ctx.index, { dates: "string" })]);
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
        if (type.refKind === "model") out.add(type.name);
        const schema = type.refKind === "schema" && !seen.has(type.name) ? ctx.index.schemas.get(type.name) : undefined;
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
        for (const name of type.extends ?? []) walk({ kind: "ref", name, refKind: "schema" }, out, seen);
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
