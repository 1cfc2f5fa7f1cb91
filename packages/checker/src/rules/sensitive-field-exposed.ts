import { defineRule } from "../rule";
import { allEndpoints, describeEndpoint, optionLoc } from "../util/endpoints";
import { fieldsReachedBy, getModel } from "@specloom/model";

export default defineRule({
  id: "sensitive-field-exposed",
  code: "SL4021",
  severity: "error",
  message: "'{route}' returns sensitive field '{path}'{from} in its {status} response.",
  docs: "Responses must not carry Sensitive fields. Model refs are safe (emitters strip their sensitive fields), but a schema or inline object that copies one (`Pick<User, 'password_hash'>`) exposes it.",
  checklist: ["security"],
  check(ctx) {
    for (const e of allEndpoints(ctx.ir)) {
      // Error bodies declared at a status or on the endpoint count too; a group's or the config's is the same type everywhere.
      for (const r of getModel(ctx.ir).responses(e)) {
        if (!r.type || r.errorBodySource === "api" || r.errorBodySource === "config") continue;
        fieldsReachedBy(getModel(ctx.ir).index, r.type, ({ field, path, schema }) => {
          if (field.visibility !== "sensitive") return;
          ctx.report({ route: describeEndpoint(e), path, from: schema ? ` (from schema '${schema}')` : "", status: r.status }, optionLoc(e, "responses"));
        });
      }
    }
  },
});
