/** 6. Data Validation: input rules per request body, output sanitization from visibility. */
import type { EndpointNode, TypeNode } from "@specloom/core";
import { endpointLabel, type SectionContext } from "../context";
import { isErrorStatus, modelsReachedBy, responseHiddenFields } from "@specloom/model";
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
  const returning = endpointsReturning(ctx);
  const out: string[] = [];
  for (const model of ctx.ir.models) {
    const hidden = responseHiddenFields(model);
    if (hidden.length === 0) continue;
    const fields = hidden.map(({ field, reason }) => `${code(field.name)} (${t.models.comment[reason]})`).join(", ");
    const endpoints = (returning.get(model.name) ?? []).map((e) => code(endpointLabel(e)));
    out.push(endpoints.length ? t.validation.removeFrom(fields, model.name, endpoints.join(", ")) : t.validation.removeEverywhere(fields, model.name));
  }
  const hasDates = ctx.ir.models.some((m) =>
    m.fields.some((f) => f.type.kind === "primitive" && (f.type.constraints?.format === "date-time" || f.type.constraints?.format === "date")),
  );
  if (hasDates) out.push(t.validation.isoDates);
  out.push(t.validation.nulls);
  return out;
}

/** The endpoints whose success responses carry each model (through schemas, arrays and unions), in declaration order. */
function endpointsReturning(ctx: SectionContext): Map<string, EndpointNode[]> {
  const result = new Map<string, EndpointNode[]>();
  for (const e of ctx.index.endpoints) {
    const reached = modelsReachedBy(
      ctx.index,
      e.responses.filter((r) => !isErrorStatus(r.status)).map((r) => r.type),
    );
    for (const name of reached) {
      const list = result.get(name);
      if (list) list.push(e);
      else result.set(name, [e]);
    }
  }
  return result;
}
