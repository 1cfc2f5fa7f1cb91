/**
 * The rule tester: every checker rule (built-in or a plugin's) is tested the
 * same way, from a baseline spec that passes every rule: one broken variant
 * must be reported at a source location with every placeholder filled, and the
 * baseline (plus an optional valid variant) must not be.
 */
import type { Diagnostic, SpecIR, SpecloomConfig } from "@specloom/core";
import type { MIR } from "./ir-builder";

export interface RuleCase {
  readonly fail: (ir: MIR) => void;
  /** Expected number of findings for `fail` (default 1). */
  readonly count?: number;
  /** Substring one of the messages must contain. */
  readonly message?: string;
  readonly pass?: (ir: MIR) => void;
  readonly config?: SpecloomConfig;
}

export interface RuleUnderTest {
  readonly id: string;
  readonly code: string;
  /** Message template with `{placeholder}`s. */
  readonly message: string;
}

export interface RuleTesterOptions {
  /** A fresh, valid spec per call. */
  readonly baseline: () => MIR;
  readonly config: () => SpecloomConfig;
  /** Runs the rules over an IR (the checker's `runChecker`). */
  readonly run: (ir: SpecIR, config: SpecloomConfig) => { readonly diagnostics: readonly Diagnostic[] };
}

export interface RuleTester {
  /** A rule's diagnostics after `mutate` is applied to a fresh baseline. */
  readonly findings: (ruleId: string, mutate?: (ir: MIR) => void, config?: SpecloomConfig) => Diagnostic[];
  /** One `describe` per rule: the failing variant is reported, the baseline passes. */
  readonly describeRules: (rules: readonly RuleUnderTest[], cases: Readonly<Record<string, RuleCase>>) => void;
}

export function ruleTester(options: RuleTesterOptions): RuleTester {
  const findings: RuleTester["findings"] = (ruleId, mutate = () => {}, config = options.config()) => {
    const ir = options.baseline();
    mutate(ir);
    const { diagnostics } = options.run(ir, config);
    // A broken spec must be reported, never crash a rule.
    expect(diagnostics.filter((d) => (d.id === "internal-error" || d.id === "plugin-failed") && ruleId !== d.id)).toEqual([]);
    return diagnostics.filter((d) => d.id === ruleId);
  };
  const describeRules: RuleTester["describeRules"] = (rules, cases) => {
    it("every rule has a test case", () => {
      expect(rules.map((r) => r.id).filter((id) => !cases[id])).toEqual([]);
    });
    describe.each(rules.filter((r) => cases[r.id]).map((r) => [r.id, r] as const))("%s", (id, rule) => {
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
  };
  return { findings, describeRules };
}
