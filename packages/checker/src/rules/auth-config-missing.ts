import { defineRule } from "../rule";
import { allEndpoints, describeEndpoint } from "../util/endpoints";

export default defineRule({
  id: "auth-config-missing",
  code: "SL4015",
  severity: "error",
  message: "'{route}' requires authentication, but no `satisfies AuthConfig` section declares how users authenticate.",
  docs: "Non-public endpoints need an auth config section (strategy, token lifetimes, roles); reported once, at the first such endpoint.",
  checklist: ["auth"],
  check(ctx) {
    if (ctx.ir.config.auth) return;
    const first = allEndpoints(ctx.ir).find((e) => e.auth.kind === "authenticated");
    if (first) ctx.report({ route: describeEndpoint(first) }, first.loc);
  },
});
