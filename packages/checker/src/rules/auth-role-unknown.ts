import { defineRule } from "../rule";
import { didYouMean } from "../util/text";
import { describeEndpoint, optionLoc } from "../util/endpoints";
import { EndpointFindings } from "../util/node-findings";

const findings = new EndpointFindings();

const NO_ROLES: readonly string[] = [];

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
    const declared = auth.value.roles ?? NO_ROLES;
    // An endpoint's findings read the declared roles: replayed while they are the same list.
    const inputs = [declared];
    findings.each(
      ctx,
      (e, report) => {
        if (e.auth.kind !== "authenticated") return;
        const used = [...e.auth.roles, ...(e.auth.ownership?.bypass ?? [])];
        for (const role of new Set(used)) {
          if (!declared.includes(role))
            report({ route: describeEndpoint(e), role, roles: declared.join(", ") || "none", hint: didYouMean(role, declared) }, optionLoc(e, "auth"));
        }
      },
      inputs,
    );
  },
});
