/**
 * Names the targets cannot carry: generated component names a user type would
 * silently merge with, JavaScript's own object members (operation and schema
 * maps are plain objects in every emitter and in user code), and identifiers
 * strict-mode JavaScript forbids for the validators' constants.
 */
import { isObjectMemberName, reservedTypeNameReason, type SpecIR } from "@specloom/core";
import type { FrontendContext } from "./context";

export function checkReservedNames(ir: Pick<SpecIR, "models" | "schemas" | "enums" | "apis" | "services">, ctx: FrontendContext): void {
  const types = [
    ...ir.models.map((n) => ({ what: "Model", node: n })),
    ...ir.schemas.map((n) => ({ what: "Type", node: n })),
    ...ir.enums.map((n) => ({ what: "Enum", node: n })),
  ];
  for (const { what, node } of types) {
    const reason = reservedTypeNameReason(node.name, ctx.declaredNames.has(node.name));
    if (reason) ctx.report("reserved-name", { what, name: node.name, reason }, node.loc);
  }
  const members = [
    ...ir.apis.flatMap((a) => [{ what: "API", node: a }, ...a.endpoints.map((e) => ({ what: "Operation", node: e }))]),
    ...ir.services.flatMap((s) => [{ what: "Service", node: s }, ...s.methods.map((m) => ({ what: "Service method", node: m }))]),
  ];
  for (const { what, node } of members) {
    if (isObjectMemberName(node.name))
      ctx.report("reserved-name", { what, name: node.name, reason: "it is a member of every JavaScript object" }, node.loc);
  }
}
