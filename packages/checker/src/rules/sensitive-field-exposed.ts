import { defineRule } from "../rule";
import { describeEndpoint, optionLoc } from "../util/endpoints";
import { fieldsReachedBy, getModel } from "@specloom/model";
import { EndpointFindings, responseInputs } from "../util/node-findings";

const findings = new EndpointFindings();

export default defineRule({
  id: "sensitive-field-exposed",
  code: "SL4021",
  severity: "error",
  message: "'{route}' returns sensitive field '{path}'{from} in its {status} response.",
  docs: "Responses must not carry Sensitive fields. Model refs are safe (emitters strip their sensitive fields), but a schema or inline object that copies one (`Pick<User, 'password_hash'>`) exposes it.",
  checklist: ["security"],
  check(ctx) {
    const model = getModel(ctx.ir);
    findings.each(
      ctx,
      (e, report, index) => {
        const responses = model.responses(e);
        // Error bodies declared at a status or on the endpoint count too; a group's or the config's is the same type everywhere.
        for (const r of responses) {
          const inherited = r.errorBodySource === "api" || r.errorBodySource === "config";
          // The bodies in further media types (`content`) are declared at the status, so they always count.
          const bodies = [...(r.type && !inherited ? [r.type] : []), ...(r.content ?? []).map((c) => c.type)];
          for (const body of bodies)
            fieldsReachedBy(index, body, ({ field, path, schema }) => {
              if (field.visibility !== "sensitive") return;
              report({ route: describeEndpoint(e), path, from: schema ? ` (from schema '${schema}')` : "", status: r.status }, optionLoc(e, "responses"));
            });
        }
      },
      // The responses are the same while the endpoint, its group and the error context are.
      responseInputs(ctx.ir),
    );
  },
});
