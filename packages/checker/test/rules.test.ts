/** Every rule: one failing variant of the baseline, and the baseline (plus extra variants) passing. */
import { runChecker, rules } from "../src";
import { cases } from "./cases";
import { checkerRules } from "./helpers";
import { baseline, checkerConfig as config } from "@specloom/test-support";

it("the baseline spec passes every rule and ticks every checklist item", () => {
  const result = runChecker(baseline(), config());
  expect(result.diagnostics).toEqual([]);
  expect(result.checklist.filter((c) => !c.passed)).toEqual([]);
});

checkerRules.describeRules(rules, cases);

it("with automaticResponses: false, an authenticated endpoint without 401 is SL4019; the endpoint's own setting wins over its group's", () => {
  // A fresh IR each time: the model is computed once per IR.
  const messages = (group?: boolean, own?: boolean) => {
    const ir = baseline();
    const getMe = ir.apis[0]!.endpoints.find((e) => e.name === "getMe")!;
    getMe.responses = getMe.responses.filter((r) => r.status !== 401);
    if (group !== undefined) ir.apis[0]!.automaticResponses = group;
    if (own !== undefined) getMe.automaticResponses = own;
    return runChecker(ir, config())
      .diagnostics.filter((d) => d.code === "SL4019")
      .map((d) => d.message);
  };
  expect(messages()).toEqual([]); // the automatic 401 covers it
  expect(messages(false)).toEqual(["'GET /api/users/me' has no 401 response, though it requires credentials and automaticResponses is false."]);
  expect(messages(false, true)).toEqual([]);
});

it("a declared operationId counts as the operation's name: one equal to another endpoint's name is SL4010", () => {
  const ir = baseline();
  const endpoints = ir.apis[0]!.endpoints;
  endpoints[1]!.operationId = endpoints[0]!.name;
  expect(
    runChecker(ir, config())
      .diagnostics.filter((d) => d.code === "SL4010")
      .map((d) => d.message),
  ).toEqual([`Operation name '${endpoints[0]!.name}' of '${endpoints[1]!.api}' is already used in '${endpoints[0]!.api}'.`]);
});
