/**
 * The checker's rules use core's public rule contract (the one plugins use),
 * plus what the checker gives its own rules: the relational table model.
 */
import type { ChecklistItem, ReportOptions, Rule as PluginRule, RuleContext as PluginRuleContext } from "@specloom/core";
import type { SourceTables as CheckerTables } from "@specloom/model";

export type { ReportOptions };
export type ReportArgs = Readonly<Record<string, string | number>>;

/** What the checker adds to every rule's context. */
export interface CheckerExtras {
  /** Tables, columns, FKs and indexes after naming (computed once per run). */
  tables(): CheckerTables;
}

export type RuleContext<M extends string = string> = PluginRuleContext<M> & CheckerExtras;

/** A built-in rule: an SL4xxx code and at least one checklist item are required. */
export interface Rule extends PluginRule<string, CheckerExtras> {
  readonly code: string;
  readonly checklist: readonly ChecklistItem[];
}

/** Identity helper so each rule file gets contextual typing, with `report` args typed from `message`. */
export function defineRule<const M extends string>(
  rule: PluginRule<M, CheckerExtras> & { readonly code: string; readonly checklist: readonly ChecklistItem[] },
): Rule {
  return rule;
}
