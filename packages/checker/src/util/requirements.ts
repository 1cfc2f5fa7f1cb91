/** Where requirement ids are claimed: `@implements FR-3` on endpoints and service methods. */
import type { Docs, SourceLocation, SpecIR } from "@specloom/core";

export interface Claim {
  readonly id: string;
  readonly by: string;
  readonly loc: SourceLocation;
}

export function implementationClaims(ir: SpecIR): Claim[] {
  const claims: Claim[] = [];
  const add = (docs: Docs, by: string, loc: SourceLocation) => {
    for (const id of docs.implements ?? []) claims.push({ id, by, loc });
  };
  for (const api of ir.apis) for (const e of api.endpoints) add(e.docs, `Endpoint '${e.name}'`, e.loc);
  for (const s of ir.services) for (const m of s.methods) add(m.docs, `Service method '${s.name}.${m.name}'`, m.loc);
  return claims;
}
