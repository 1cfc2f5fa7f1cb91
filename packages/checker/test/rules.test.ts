/** Every rule: one failing variant of the baseline, and the baseline (plus extra variants) passing. */
import { runChecker, rules } from "../src";
import { cases } from "./cases";
import { checkerRules } from "./helpers";
import { baseline, checkerConfig as config, response } from "@specloom/test-support";

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

it("a declared 4XX range documents the 401 SL4019 asks for, a default does not; a 2XX range is a success for SL4013", () => {
  const sl = (code: string, replace: (ir: ReturnType<typeof baseline>) => void) => {
    const ir = baseline();
    ir.apis[0]!.automaticResponses = false;
    replace(ir);
    return runChecker(ir, config())
      .diagnostics.filter((d) => d.code === code && d.message.startsWith("'GET /api/users/me'"))
      .map((d) => d.message);
  };
  const getMe = (ir: ReturnType<typeof baseline>) => ir.apis[0]!.endpoints.find((e) => e.name === "getMe")!;
  const without401 = (ir: ReturnType<typeof baseline>) => getMe(ir).responses.filter((r) => r.status !== 401);
  expect(sl("SL4019", (ir) => void (getMe(ir).responses = [...without401(ir), response("4XX", undefined, "Client error")]))).toEqual([]);
  expect(sl("SL4019", (ir) => void (getMe(ir).responses = [...without401(ir), response("default", undefined, "Any error")]))).toEqual([
    "'GET /api/users/me' has no 401 response, though it requires credentials and automaticResponses is false.",
  ]);
  const ranged = (ir: ReturnType<typeof baseline>) => getMe(ir).responses.map((r) => (r.status === 200 ? { ...r, status: "2XX" as const } : r));
  expect(sl("SL4013", (ir) => void (getMe(ir).responses = ranged(ir)))).toEqual([]);
  expect(sl("SL4013", (ir) => void (getMe(ir).responses = ranged(ir).filter((r) => r.status !== "2XX")))).toEqual([
    "'GET /api/users/me' (getMe) declares no success (2xx) response.",
  ]);
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
