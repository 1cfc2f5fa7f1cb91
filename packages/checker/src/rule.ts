/** The rule contract: one rule per file under `rules/`, data plus a `check` function. */
import type { ChecklistItem, Severity, SourceLocation, SpecIR, SpecloomConfig } from "@specloom/core";
import type { SourceTables as CheckerTables } from "@specloom/model";

export type ReportArgs = Readonly<Record<string, string | number>>;

export interface ReportOptions {
  /**
   * Narrows which of the rule's checklist items this finding fails; a rule
   * that spans sections (durations) should not untick unrelated items.
   */
  readonly checklist?: readonly ChecklistItem[];
}

export interface RuleContext {
  readonly ir: SpecIR;
  readonly config: SpecloomConfig;
  /** Tables, columns, FKs and indexes after naming (computed once per run). */
  tables(): CheckerTables;
  report(args: ReportArgs, loc?: SourceLocation, options?: ReportOptions): void;
}

export interface Rule {
  /** kebab-case, the key in specloom.config.json `rules`. */
  readonly id: string;
  /** SL4xxx. */
  readonly code: string;
  readonly severity: Severity;
  /** Template with `{name}` placeholders, filled from `report` args. */
  readonly message: string;
  /** One or two sentences for the README and `--explain`. */
  readonly docs: string;
  /** Validation Checklist items this rule decides. */
  readonly checklist: ChecklistItem[];
  check(ctx: RuleContext): void;
}

/** Identity helper so each rule file gets contextual typing. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
