/** 6. Data Validation: input rules per request body, output sanitization from visibility. */
import type { EndpointNode, TypeNode } from "@specloom/core";
import { endpointLabel, type SectionContext } from "../context";
import { getModel, isErrorStatus, modelsReachedBy } from "@specloom/model";
import { FragmentCache, NodeCache } from "../render/fragments";
import { code, Md } from "../render/md";
import { typeText } from "../render/ts-type";
import { inputRuleLines } from "./input-rules";

/** One body's rules, by the first endpoint that sends it (an endpoint is the first of one body at most). */
const BODIES = new FragmentCache<EndpointNode>();

export function renderValidation(ctx: SectionContext, md: Md): void {
  const { t } = ctx;
  md.heading(2, t.sections.validation);
  md.heading(3, t.validation.input);
  const bodies = requestBodies(ctx.index.endpoints);
  if (bodies.size === 0) md.paragraph(t.validation.noBodies);
  for (const [name, { type, endpoints }] of bodies) {
    const [first, ...others] = endpoints as [EndpointNode, ...EndpointNode[]];
    // The rule lines are the same array while the body's JSON Schema and every component it resolves are the same.
    const rules = inputRuleLines(ctx, first);
    BODIES.render(md, ctx, first, [t, rules, ...others], (own, out) => {
      out.paragraph(`**${name}** (${t.validation.usedBy(endpoints.map((e) => code(endpointLabel(e))).join(", "))}):`);
      out.code("typescript", rules ?? [typeText(type, own.index, { dates: "string" })]);
    });
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
  const model = getModel(ctx.ir);
  const out: string[] = [];
  // Which endpoints return a model matters only for models with hidden fields: most specs' bullets need no walk.
  let returning: Map<string, EndpointNode[]> | undefined;
  for (const m of ctx.ir.models) {
    const hidden = model.hiddenFields(m);
    if (hidden.length === 0) continue;
    const fields = hidden.map(({ field, reason }) => `${code(field.name)} (${t.models.comment[reason]})`).join(", ");
    const endpoints = ((returning ??= endpointsReturning(ctx)).get(m.name) ?? []).map((e) => code(endpointLabel(e)));
    out.push(endpoints.length ? t.validation.removeFrom(fields, m.name, endpoints.join(", ")) : t.validation.removeEverywhere(fields, m.name));
  }
  const hasDates = ctx.ir.models.some((m) =>
    m.fields.some((f) => f.type.kind === "primitive" && (f.type.constraints?.format === "date-time" || f.type.constraints?.format === "date")),
  );
  if (hasDates) out.push(t.validation.isoDates);
  out.push(t.validation.nulls);
  return out;
}

/** The models an endpoint's success responses carry, by endpoint (reused while the names it resolved resolve the same). */
const REACHED = new NodeCache<EndpointNode, readonly string[]>();

/** The endpoints whose success responses carry each model (through schemas, arrays and unions), in declaration order. */
function endpointsReturning(ctx: SectionContext): Map<string, EndpointNode[]> {
  const result = new Map<string, EndpointNode[]>();
  for (const e of ctx.index.endpoints) {
    const reached = REACHED.get(ctx, e, [], (own) => [
      ...modelsReachedBy(
        own.index,
        e.responses.filter((r) => !isErrorStatus(r.status)).map((r) => r.type),
      ),
    ]);
    for (const name of reached) {
      const list = result.get(name);
      if (list) list.push(e);
      else result.set(name, [e]);
    }
  }
  return result;
}
