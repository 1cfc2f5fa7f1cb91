/** The checker's rule tester: the shared one, over the baseline spec and runChecker. */
import { baseline, checkerConfig, ruleTester } from "@specloom/test-support";
import { runChecker } from "../src";

export type { RuleCase } from "@specloom/test-support";

export const checkerRules = ruleTester({ baseline, config: checkerConfig, run: runChecker });

/** A rule's diagnostics after `mutate` is applied to a fresh baseline. */
export const findings = checkerRules.findings;
