/** Appendix: PRD requirement -> endpoints and service methods that declare `@implements`. */
import { endpointLabel, type SectionContext } from "../context";
import { code, Md, prose } from "../render/md";

export function renderTraceability(ctx: SectionContext, md: Md): void {
  const { t, ir } = ctx;
  if (ir.project.requirements.length === 0) return;
  const endpoints = new Map<string, string[]>();
  const services = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, id: string, what: string) => map.set(id, [...(map.get(id) ?? []), what]);
  for (const e of ctx.index.endpoints) for (const id of e.docs.implements ?? []) add(endpoints, id, code(endpointLabel(e)));
  for (const s of ir.services) {
    for (const m of s.methods) for (const id of m.docs.implements ?? []) add(services, id, code(`${s.name}.${m.name}`));
  }
  md.heading(2, t.sections.traceability);
  md.table(
    t.traceability.columns,
    ir.project.requirements.map((r) => {
      const eps = endpoints.get(r.id) ?? [];
      const svcs = services.get(r.id) ?? [];
      const none = eps.length + svcs.length === 0 ? t.traceability.notCovered : "—";
      return [r.id, prose(r.title), eps.join(", ") || none, svcs.join(", ") || none];
    }),
  );
}
