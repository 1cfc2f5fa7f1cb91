import { defineRule } from "../rule";
import { didYouMean } from "../util/text";
import { allEndpoints, describeEndpoint, optionLoc } from "../util/endpoints";

export default defineRule({
  id: "auth-role-unknown",
  code: "SL4016",
  severity: "error",
  message: "'{route}' uses role '{role}', which is not one of the auth config roles ({roles}).{hint}",
  docs: "Roles in an endpoint's `auth.roles` and ownership `bypass` must be declared in the auth config's `roles`.",
  checklist: ["auth"],
  check(ctx) {
    const auth = ctx.ir.config.auth;
    if (!auth) return; // auth-config-missing reports it
    const declared = auth.value.roles ?? [];
    for (const e of allEndpoints(ctx.ir)) {
      if (e.auth.kind !== "authenticated") continue;
      const used = [...e.auth.roles, ...(e.auth.ownership?.bypass ?? [])];
      for (const role of new Set(used)) {
        if (!declared.includes(role))
          ctx.report({ route: describeEndpoint(e), role, roles: declared.join(", ") || "none", hint: didYouMean(role, declared) }, optionLoc(e, "auth"));
      }
    }
  },
});
