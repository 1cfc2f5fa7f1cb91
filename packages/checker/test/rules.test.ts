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
