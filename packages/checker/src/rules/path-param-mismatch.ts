import { defineRule } from "../rule";
import { describeEndpoint, pathParams, optionLoc } from "../util/endpoints";
import { EndpointFindings } from "../util/node-findings";

const findings = new EndpointFindings();

export default defineRule({
  id: "path-param-mismatch",
  code: "SL4011",
  severity: "error",
  message: "Path parameter '{param}' of '{route}' {problem}.",
  docs: "Every `:param` in the path must be declared in `params`, every declared param must appear in the path, and no name may appear twice.",
  checklist: ["endpoints"],
  check(ctx) {
    findings.each(ctx, (e, report) => {
      const inPath = pathParams(e);
      const declared = new Map(e.params.map((p) => [p.name, p]));
      // A path parameter declared in the wrong place is parameter-location's finding, with a better message.
      const misplaced = new Set([...e.query, ...(e.headers ?? []), ...(e.cookies ?? [])].map((p) => p.name));
      const route = describeEndpoint(e);
      inPath.forEach((name, i) => {
        if (inPath.indexOf(name) !== i) report({ param: name, route, problem: "appears more than once in the path" }, optionLoc(e, "path"));
        else if (!declared.has(name) && !misplaced.has(name))
          report({ param: name, route, problem: "is in the path but not declared in params" }, optionLoc(e, "path"));
      });
      for (const p of e.params) {
        if (!inPath.includes(p.name)) report({ param: p.name, route, problem: "is declared but does not appear in the path" }, p.loc);
      }
    });
  },
});
