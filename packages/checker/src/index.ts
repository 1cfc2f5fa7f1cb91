export { defineRule, type Rule, type RuleContext, type ReportArgs, type ReportOptions } from "./rule";
export { rules } from "./rules";
export { runChecker, ruleDocs, type CheckResult, type RuleDoc } from "./run";
export type { CheckerTable, CheckerTables, CheckerColumn, CheckerForeignKey } from "./table-model";
