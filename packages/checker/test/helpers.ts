import type { Diagnostic, SpecloomConfig } from "@specloom/core";
import { runChecker } from "../src";
import { baseline, config, type MIR } from "./ir-builder";

/** A rule's diagnostics after `mutate` is applied to a fresh baseline. */
export function findings(ruleId: string, mutate: (ir: MIR) => void = () => {}, cfg: SpecloomConfig = config()): Diagnostic[] {
  const ir = baseline();
  mutate(ir);
  const { diagnostics } = runChecker(ir as never, cfg);
  // A broken spec must be reported, never crash a rule.
  expect(diagnostics.filter((d) => d.id === "internal-error" && ruleId !== "internal-error")).toEqual([]);
  return diagnostics.filter((d) => d.id === ruleId);
}

/** One failing and (optionally) extra passing variants for a rule. */
export interface RuleCase {
  readonly fail: (ir: MIR) => void;
  /** Expected number of findings for `fail` (default 1). */
  readonly count?: number;
  /** Substring the first message must contain. */
  readonly message?: string;
  readonly pass?: (ir: MIR) => void;
  readonly config?: SpecloomConfig;
}
