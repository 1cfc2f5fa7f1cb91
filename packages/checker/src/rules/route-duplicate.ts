import { defineRule } from "../rule";
import { inSourceOrder } from "../util/source-order";
import { allEndpoints, describeEndpoint, routeKey, optionLoc } from "../util/endpoints";

export default defineRule({
  id: "route-duplicate",
  code: "SL4008",
  severity: "error",
  message: "Route '{route}' ({endpoint}) duplicates '{first}' ({firstEndpoint}).",
  docs: "Two endpoints may not share a method and path; parameter names do not distinguish routes (`/users/:id` equals `/users/:userId`).",
  checklist: ["endpoints"],
  check(ctx) {
    const seen = new Map<string, { route: string; name: string }>();
    for (const e of inSourceOrder(allEndpoints(ctx.ir), (x) => x.loc)) {
      const key = routeKey(e);
      const first = seen.get(key);
      if (first) ctx.report({ route: describeEndpoint(e), endpoint: e.name, first: first.route, firstEndpoint: first.name }, optionLoc(e, "path"));
      else seen.set(key, { route: describeEndpoint(e), name: e.name });
    }
  },
});
