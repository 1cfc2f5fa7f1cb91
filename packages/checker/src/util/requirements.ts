/** Where requirement ids are claimed: `@implements FR-3` on endpoints and service methods. */
import type { ApiNode, Docs, ServiceNode, SourceLocation, SpecIR } from "@specloom/core";

export interface Claim {
  readonly id: string;
  readonly by: string;
  readonly loc: SourceLocation;
}

const NONE: readonly Claim[] = [];
/** By API group or service: watch mode keeps unchanged ones, so an edit collects only the claims of what it replaced. */
const claimsByNode = new WeakMap<ApiNode | ServiceNode, readonly Claim[]>();

function claimsOf(node: ApiNode | ServiceNode): readonly Claim[] {
  let found = claimsByNode.get(node);
  if (found) return found;
  const claims: Claim[] = [];
  const add = (docs: Docs, by: string, loc: SourceLocation) => {
    for (const id of docs.implements ?? []) claims.push({ id, by, loc });
  };
  if (node.kind === "api") for (const e of node.endpoints) add(e.docs, `Endpoint '${e.name}'`, e.loc);
  else for (const m of node.methods) add(m.docs, `Service method '${node.name}.${m.name}'`, m.loc);
  claimsByNode.set(node, (found = claims.length > 0 ? claims : NONE));
  return found;
}

export function implementationClaims(ir: SpecIR): Claim[] {
  const claims: Claim[] = [];
  for (const api of ir.apis) claims.push(...claimsOf(api));
  for (const s of ir.services) claims.push(...claimsOf(s));
  return claims;
}
