/** API changes between two IRs: operations, parameters, bodies, responses, auth, status codes. */
import { isSuccessStatus, type AuthNode, type EndpointNode, type FieldNode, type SpecIR } from "@specloom/core";
import type { ApiChange, ApiChangeId } from "./api-change";
import { compareTypes } from "./type-diff";
import { compareResponseExtras } from "./response-diff";

/** `GET /api/users/:id`; parameter names do not matter to a client, so `:id` and `:userId` are one path. */
const operationKey = (e: EndpointNode) => `${e.method} ${e.path.replace(/:[A-Za-z_]\w*|\{[^}]+\}/g, ":")}`;
const operationName = (e: EndpointNode) => `${e.method} ${e.path}`;
const endpoints = (ir: SpecIR) => ir.apis.flatMap((a) => a.endpoints);

function describeAuth(auth: AuthNode): string {
  if (auth.kind === "public") return "public";
  return auth.roles.length > 0 ? `roles ${auth.roles.join(", ")}` : "authenticated";
}

/** More restrictive: public → authenticated, any user → some roles, fewer roles, or a new ownership rule. */
function authNarrowed(a: AuthNode, b: AuthNode): boolean {
  if (b.kind === "public") return false;
  if (a.kind === "public") return true;
  if (!a.ownership && b.ownership) return true;
  if (b.roles.length === 0) return false;
  return a.roles.length === 0 || a.roles.some((r) => !b.roles.includes(r));
}

function compareParams(
  base: SpecIR,
  head: SpecIR,
  before: readonly FieldNode[],
  after: readonly FieldNode[],
  where: "path" | "query",
  emit: (id: ApiChangeId, breaking: boolean, at: string, message: string) => void,
): void {
  // Path parameters are positional: match them by position, query parameters by name.
  const match = (f: FieldNode, i: number) => (where === "path" ? after[i] : after.find((g) => g.name === f.name));
  before.forEach((f, i) => {
    const g = match(f, i);
    const at = `${where}.${f.name}`;
    if (!g) {
      emit("parameter-removed", true, at, `${where} parameter was removed`);
      return;
    }
    if (f.optional !== g.optional)
      emit(g.optional ? "parameter-became-optional" : "parameter-became-required", !g.optional, at, g.optional ? "became optional" : "became required");
    compareTypes({ ir: base }, { ir: head }, f.type, g.type, at, "request", emit);
  });
  after.forEach((g, i) => {
    const existed = where === "path" ? i < before.length : before.some((f) => f.name === g.name);
    if (!existed)
      emit("parameter-added", !g.optional, `${where}.${g.name}`, g.optional ? `new optional ${where} parameter` : `new required ${where} parameter`);
  });
}

function compareEndpoint(base: SpecIR, head: SpecIR, a: EndpointNode, b: EndpointNode, out: ApiChange[]): void {
  const operation = operationName(b);
  const emit = (id: ApiChangeId, breaking: boolean, at: string, message: string) => out.push({ id, breaking, operation, ...(at ? { at } : {}), message });
  compareParams(base, head, a.params, b.params, "path", emit);
  compareParams(base, head, a.query, b.query, "query", emit);
  if (a.body && !b.body) emit("request-body-removed", false, "body", "the request body is no longer read");
  else if (!a.body && b.body) emit("request-body-added", true, "body", "a request body is now expected");
  else if (a.body && b.body) compareTypes({ ir: base }, { ir: head }, a.body, b.body, "body", "request", emit);

  if (JSON.stringify(a.auth) !== JSON.stringify(b.auth)) {
    emit("auth-changed", authNarrowed(a.auth, b.auth), "auth", `${describeAuth(a.auth)} → ${describeAuth(b.auth)}`);
  }
  for (const r of a.responses) {
    const s = b.responses.find((x) => x.status === r.status);
    const at = `response ${r.status}`;
    if (!s) {
      const success = isSuccessStatus(r.status);
      emit(success ? "success-status-removed" : "status-removed", success, at, `status ${r.status} is no longer returned`);
      continue;
    }
    if (r.type && s.type) compareTypes({ ir: base }, { ir: head }, r.type, s.type, at, "response", emit);
    else if (r.type && !s.type) emit("type-changed", true, at, "the response no longer has a body");
    compareResponseExtras(base, head, r, s, emit);
  }
  for (const s of b.responses) {
    if (a.responses.some((r) => r.status === s.status)) continue;
    emit("status-added", false, `response ${s.status}`, `status ${s.status} may now be returned`);
  }
}

/** Every API change from `base` to `head`, breaking ones first, then in operation order. */
export function diffApis(base: SpecIR, head: SpecIR): ApiChange[] {
  const out: ApiChange[] = [];
  const after = new Map(endpoints(head).map((e) => [operationKey(e), e]));
  const before = new Map(endpoints(base).map((e) => [operationKey(e), e]));
  for (const [key, a] of before) {
    const b = after.get(key);
    if (!b) out.push({ id: "endpoint-removed", breaking: true, operation: operationName(a), message: "the operation was removed" });
    else compareEndpoint(base, head, a, b, out);
  }
  for (const [key, b] of after)
    if (!before.has(key)) out.push({ id: "endpoint-added", breaking: false, operation: operationName(b), message: "new operation" });
  return out.sort((x, y) => Number(y.breaking) - Number(x.breaking));
}
