/**
 * Names the targets cannot carry: generated component names a user type would
 * silently merge with, JavaScript's own object members (operation and schema
 * maps are plain objects in every emitter and in user code), and identifiers
 * strict-mode JavaScript forbids for the validators' constants.
 */
import type { SpecIR } from "@specloom/core";
import type { FrontendContext } from "./context";

const OBJECT_MEMBERS = new Set([
  "constructor",
  "toString",
  "toLocaleString",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "__proto__",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
]);
const STRICT_MODE_RESTRICTED = new Set(["eval", "arguments"]);

function typeNameProblem(name: string, declaredByUser: boolean): string | undefined {
  if (OBJECT_MEMBERS.has(name)) return "it is a member of every JavaScript object";
  if (STRICT_MODE_RESTRICTED.has(name)) return "validators.ts would declare a constant of that name, which strict-mode JavaScript forbids";
  if (!declaredByUser) return undefined;
  if (name === "ErrorResponse") return "the shared error format is generated under that name and would merge with it";
  if (/^(Paginated|OffsetPage|CursorPage)[A-Z0-9_]/.test(name))
    return "paginated responses generate envelopes named Paginated<Item>/OffsetPage<Item>/CursorPage<Item>, which would merge with it";
  return undefined;
}

export function checkReservedNames(ir: Pick<SpecIR, "models" | "schemas" | "enums" | "apis" | "services">, ctx: FrontendContext): void {
  const types = [
    ...ir.models.map((n) => ({ what: "Model", node: n })),
    ...ir.schemas.map((n) => ({ what: "Type", node: n })),
    ...ir.enums.map((n) => ({ what: "Enum", node: n })),
  ];
  for (const { what, node } of types) {
    const reason = typeNameProblem(node.name, ctx.declaredNames.has(node.name));
    if (reason) ctx.report("reserved-name", { what, name: node.name, reason }, node.loc);
  }
  const members = [
    ...ir.apis.flatMap((a) => [{ what: "API", node: a }, ...a.endpoints.map((e) => ({ what: "Operation", node: e }))]),
    ...ir.services.flatMap((s) => [{ what: "Service", node: s }, ...s.methods.map((m) => ({ what: "Service method", node: m }))]),
  ];
  for (const { what, node } of members) {
    if (OBJECT_MEMBERS.has(node.name))
      ctx.report("reserved-name", { what, name: node.name, reason: "it is a member of every JavaScript object" }, node.loc);
  }
}
