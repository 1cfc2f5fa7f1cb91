export { defineRule, type CheckerExtras, type Rule, type RuleContext, type ReportArgs, type ReportOptions } from "./rule";
export { rules } from "./rules";
export { checkerDiagnostics, checkerPlugin, runChecker, ruleDocs, type CheckResult, type RuleDoc, type RuleSource } from "./run";
export type {
  SourceColumn as CheckerColumn,
  SourceForeignKey as CheckerForeignKey,
  SourceTable as CheckerTable,
  SourceTables as CheckerTables,
} from "@specloom/model";
