/** Every rule: one failing variant of the baseline, and the baseline (plus extra variants) passing. */
import { runChecker, rules } from "../src";
import { cases } from "./cases";
import { findings } from "./helpers";
import { baseline, config } from "./ir-builder";

it("the baseline spec passes every rule and ticks every checklist item", () => {
  const result = runChecker(baseline() as never, config());
  expect(result.diagnostics).toEqual([]);
  expect(result.checklist.filter((c) => !c.passed)).toEqual([]);
});

it("every rule has a test case", () => {
  expect(rules.map((r) => r.id).filter((id) => !cases[id])).toEqual([]);
});

describe.each(rules.map((r) => [r.id, r] as const))("%s", (id, rule) => {
  const c = cases[id]!;
  it("reports the broken variant at a source location", () => {
    const diags = findings(id, c.fail, c.config);
    expect(diags).toHaveLength(c.count ?? 1);
    expect(diags[0]!.code).toBe(rule.code);
    expect(diags[0]!.loc).toEqual(expect.objectContaining({ file: expect.any(String), line: expect.any(Number) }));
    if (c.message) expect(diags.map((d) => d.message)).toContainEqual(expect.stringContaining(c.message));
    const placeholders = [...rule.message.matchAll(/\{(\w+)\}/g)].map((m) => m[0]);
    for (const d of diags) for (const p of placeholders) expect(d.message).not.toContain(p); // every placeholder filled
  });
  it("passes the baseline" + (c.pass ? " and the valid variant" : ""), () => {
    expect(findings(id, () => {}, c.config)).toEqual([]);
    if (c.pass) expect(findings(id, c.pass, c.config)).toEqual([]);
  });
});
