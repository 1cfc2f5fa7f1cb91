import { defineRule } from "../rule";
import { allEndpoints, describeEndpoint, optionLoc } from "../util/endpoints";
import { fieldsReachedBy, getModel } from "@specloom/model";
import type { EndpointNode } from "@specloom/core";
import { NodeFindings } from "../util/node-findings";

const findings = new NodeFindings<EndpointNode>();

export default defineRule({
  id: "sensitive-field-exposed",
  code: "SL4021",
  severity: "error",
  message: "'{route}' returns sensitive field '{path}'{from} in its {status} response.",
  docs: "Responses must not carry Sensitive fields. Model refs are safe (emitters strip their sensitive fields), but a schema or inline object that copies one (`Pick<User, 'password_hash'>`) exposes it.",
  checklist: ["security"],
  check(ctx) {
    const model = getModel(ctx.ir);
    for (const e of allEndpoints(ctx.ir)) {
      // The responses are the same array while the endpoint and its error context are the same.
      const responses = model.responses(e);
      findings.run(ctx, e, [responses], (report, index) => {
        // Error bodies declared at a status or on the endpoint count too; a group's or the config's is the same type everywhere.
        for (const r of responses) {
          if (!r.type || r.errorBodySource === "api" || r.errorBodySource === "config") continue;
          fieldsReachedBy(index, r.type, ({ field, path, schema }) => {
            if (field.visibility !== "sensitive") return;
            report({ route: describeEndpoint(e), path, from: schema ? ` (from schema '${schema}')` : "", status: r.status }, optionLoc(e, "responses"));
          });
        }
      });
    }
  },
});
