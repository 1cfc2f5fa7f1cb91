/** 4. Business Logic Services: class blocks with JSDoc, dependencies, transactions, data flow. */
import { mermaidFlowchartLabel, tsBlockCommentText, type EndpointNode, type ServiceMethodNode, type ServiceNode } from "@specloom/core";
import { endpointLabel, type SectionContext } from "../context";
import { code, Md, prose } from "../render/md";
import { fieldTypeText, typeText } from "../render/ts-type";

export function renderServices(ctx: SectionContext, md: Md): void {
  const { t, ir } = ctx;
  md.heading(2, t.sections.services);
  if (ir.services.length === 0) md.paragraph(t.services.noServices);
  const handlers = endpointsByService(ctx.index.endpoints);
  for (const service of ir.services) {
    md.heading(3, service.name);
    if (service.docs.summary) md.paragraph(prose(service.docs.summary));
    md.code("typescript", classBlock(ctx, service));
    const deps = service.dependencies.map((d) => `${code(d.name)} (${t.services.target[d.dependencyKind]})`);
    md.field(t.services.dependencies).bullets(deps.length ? deps : [t.common.none]);
    md.field(t.services.transactions, transactionText(ctx, service));
    md.field(t.services.dataFlow);
    md.code("mermaid", dataFlow(ctx, service, handlers.get(service.name) ?? []));
  }
}

function classBlock(ctx: SectionContext, service: ServiceNode): string[] {
  const lines = [`class ${service.name} {`];
  service.methods.forEach((m, i) => {
    if (i > 0) lines.push("");
    lines.push(...jsdoc(ctx, m), `  ${signature(ctx, m)}`);
  });
  lines.push("}");
  return lines;
}

function jsdoc(ctx: SectionContext, m: ServiceMethodNode): string[] {
  const body: string[] = [];
  const summary = m.docs.summary?.replace(/\s+/g, " ").trim();
  if (summary) body.push(summary);
  for (const th of m.throws) body.push(`@throws ${th.error} ${th.when.replace(/\s+/g, " ")}`.trim());
  if (m.transactional) body.push("@transactional");
  if (m.docs.implements?.length) body.push(`@implements ${m.docs.implements.join(", ")}`);
  if (body.length === 0) return [];
  return ["  /**", ...body.map((l) => `   * ${tsBlockCommentText(l)}`), "   */"];
}

function signature(ctx: SectionContext, m: ServiceMethodNode): string {
  const opts = { dates: "string" } as const;
  const params = m.params.map((p) => `${p.name}${p.optional ? "?" : ""}: ${fieldTypeText(p, ctx.index, opts)}`).join(", ");
  const result = m.returns ? typeText(m.returns, ctx.index, opts) : "void";
  return m.async ? `async ${m.name}(${params}): Promise<${result}>;` : `${m.name}(${params}): ${result};`;
}

function transactionText(ctx: SectionContext, service: ServiceNode): string {
  const { t } = ctx;
  if (service.transactional) return t.services.allTransactional;
  const methods = service.methods.filter((m) => m.transactional).map((m) => code(m.name));
  return methods.length ? t.services.someTransactional(methods.join(", ")) : t.services.noTransactions;
}

function endpointsByService(endpoints: readonly EndpointNode[]): Map<string, EndpointNode[]> {
  const out = new Map<string, EndpointNode[]>();
  for (const e of endpoints) {
    if (!e.handler) continue;
    const list = out.get(e.handler.service) ?? [];
    list.push(e);
    out.set(e.handler.service, list);
  }
  return out;
}

/** endpoint → service → tables / integrations / jobs / caches / services, as a flowchart. */
function dataFlow(ctx: SectionContext, service: ServiceNode, endpoints: readonly EndpointNode[]): string[] {
  const label = mermaidFlowchartLabel;
  const lines = ["flowchart LR", `  svc[${label(service.name)}]`];
  endpoints.forEach((e, i) => lines.push(`  ep${i}[${label(endpointLabel(e))}] --> svc`));
  service.dependencies.forEach((d, i) => {
    const id = `d${i}`;
    switch (d.dependencyKind) {
      case "model":
        lines.push(`  svc --> ${id}[(${label(ctx.index.models.get(d.name)?.table ?? d.name)})]`);
        break;
      case "integration":
        lines.push(`  svc --> ${id}{{${label(d.name)}}}`);
        break;
      case "job":
        lines.push(`  svc --> ${id}[[${label(d.name)}]]`);
        break;
      case "cache":
        lines.push(`  svc --> ${id}([${label(d.name)}])`);
        break;
      default:
        lines.push(`  svc --> ${id}[${label(d.name)}]`);
    }
  });
  return lines;
}
