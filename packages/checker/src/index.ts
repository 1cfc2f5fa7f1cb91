export { defineRule, type Rule, type RuleContext, type ReportArgs, type ReportOptions } from "./rule";
export { rules } from "./rules";
export { runChecker, ruleDocs, type CheckResult, type RuleDoc } from "./run";
export type { SourceColumn as CheckerColumn, SourceForeignKey as CheckerForeignKey, SourceTable as CheckerTable, SourceTables as CheckerTables } from "@specloom/model";
