import { defineRule } from "../rule";
import { duplicatesInSourceOrder } from "../util/duplicates";
import { allEndpoints, describeEndpoint, routeKey, optionLoc } from "../util/endpoints";

export default defineRule({
  id: "route-duplicate",
  code: "SL4008",
  severity: "error",
  message: "Route '{route}' ({endpoint}) duplicates '{first}' ({firstEndpoint}).",
  docs: "Two endpoints may not share a method and path; parameter names do not distinguish routes (`/users/:id` equals `/users/:userId`).",
  checklist: ["endpoints"],
  check(ctx) {
    for (const { item: e, first } of duplicatesInSourceOrder(allEndpoints(ctx.ir), routeKey, (x) => x.loc)) {
      ctx.report({ route: describeEndpoint(e), endpoint: e.name, first: describeEndpoint(first), firstEndpoint: first.name }, optionLoc(e, "path"));
    }
  },
});
