import { statusCovers, type ServiceMethodNode, type SpecIR } from "@specloom/core";
import { defineRule } from "../rule";
import { describeEndpoint, optionLoc } from "../util/endpoints";
import { EndpointFindings } from "../util/node-findings";

const findings = new EndpointFindings();

/** Every service method by `Service.method`, built once per list of services. */
const methodMaps = new WeakMap<SpecIR["services"], ReadonlyMap<string, ServiceMethodNode>>();
function methodsOf(services: SpecIR["services"]): ReadonlyMap<string, ServiceMethodNode> {
  let methods = methodMaps.get(services);
  if (!methods)
    methodMaps.set(services, (methods = new Map(services.flatMap((s) => s.methods.map((m): [string, ServiceMethodNode] => [`${s.name}.${m.name}`, m])))));
  return methods;
}

/** Conventional error class names -> the HTTP status they surface as. Unknown names are not judged. */
const STATUS_BY_ERROR: [RegExp, number][] = [
  [/valid|badrequest/i, 400],
  [/unauthori[sz]ed|authentication|credential/i, 401],
  [/forbidden|authori[sz]ation|permission/i, 403],
  [/notfound/i, 404],
  [/conflict|alreadyexists|duplicate/i, 409],
  [/ratelimit|toomany/i, 429],
  [/badgateway|upstream|externalservice/i, 502],
  [/unavailable/i, 503],
];

function statusOfError(name: string): number | undefined {
  return STATUS_BY_ERROR.find(([pattern]) => pattern.test(name))?.[1];
}

export default defineRule({
  id: "handler-error-undocumented",
  code: "SL4033",
  severity: "warning",
  message: "'{route}' calls {handler}, which throws {error} {when}, but the endpoint documents no {status} response.",
  docs: "Every `@throws` of an endpoint's handler whose class maps to a status (ValidationError 400, UnauthorizedError 401, ForbiddenError 403, NotFoundError 404, ConflictError 409, …) appears among the endpoint's responses, by its code or its class's range (`4XX`).",
  checklist: ["errors"],
  check(ctx) {
    // Every endpoint's findings read the services: replayed while they are the same list (the previous array when unchanged).
    const inputs = [ctx.ir.services];
    findings.each(
      ctx,
      (e, report) => {
        if (!e.handler) return;
        const handler = `${e.handler.service}.${e.handler.method}`;
        // A range documents its class (`4XX` covers 404); `default` names no status.
        const declared = (status: number) => e.responses.some((r) => statusCovers(r.status, status));
        const reported = new Set<number>();
        for (const t of methodsOf(ctx.ir.services).get(handler)?.throws ?? []) {
          const status = statusOfError(t.error);
          if (status === undefined || declared(status) || reported.has(status)) continue;
          reported.add(status);
          report({ route: describeEndpoint(e), handler, error: t.error, when: t.when, status }, optionLoc(e, "responses"));
        }
      },
      inputs,
    );
  },
});
