import { defineRule } from "../rule";
import { describeEndpoint, pathParams } from "../util/endpoints";
import { EndpointFindings } from "../util/node-findings";

const findings = new EndpointFindings();

export default defineRule({
  id: "parameter-location",
  code: "SL4140",
  severity: "error",
  message: "'{param}' of '{route}' is a path parameter but is declared in {where}; declare it in params.",
  docs: "A `:param` of the path is declared in `params`, never in `query`, `headers` or `cookies`: clients would send it twice, or not in the URL at all.",
  checklist: ["endpoints"],
  check(ctx) {
    findings.each(ctx, (e, report) => {
      const inPath = new Set(pathParams(e));
      const route = describeEndpoint(e);
      for (const [where, list] of [
        ["query", e.query],
        ["headers", e.headers ?? []],
        ["cookies", e.cookies ?? []],
      ] as const) {
        for (const p of list) if (inPath.has(p.name)) report({ param: p.name, route, where }, p.loc);
      }
    });
  },
});
