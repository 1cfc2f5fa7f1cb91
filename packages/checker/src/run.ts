/** Runs the rules over an IR and derives the Validation Checklist from what they found. */
import {
  CHECKLIST_ITEMS,
  createDiagnostic,
  registerDiagnostic,
  sortDiagnostics,
  type ChecklistItem,
  type ChecklistStatus,
  type Diagnostic,
  type Severity,
  type SpecIR,
  type SpecloomConfig,
} from "@specloom/core";
import type { ReportArgs, ReportOptions, Rule, RuleContext } from "./rule";
import { rules } from "./rules";
import { buildSourceTables, type SourceTables as CheckerTables } from "@specloom/model";
import { didYouMean } from "./util/text";

for (const rule of rules) registerDiagnostic(rule.id, { code: rule.code, severity: rule.severity, message: rule.message });
registerDiagnostic("unknown-rule", {
  code: "SL4000",
  severity: "warning",
  usage: true,
  message: "specloom.config.json 'rules' names unknown rule '{id}'.{hint}",
});

export interface CheckResult {
  readonly diagnostics: Diagnostic[];
  readonly checklist: ChecklistStatus[];
}

/** A finding plus the checklist items it fails. */
interface Finding {
  readonly diagnostic: Diagnostic;
  readonly items: readonly ChecklistItem[];
}

function runRule(rule: Rule, ir: SpecIR, config: SpecloomConfig, severity: Severity, tables: () => CheckerTables): Finding[] {
  const findings: Finding[] = [];
  const ctx: RuleContext = {
    ir,
    config,
    tables,
    report(args: ReportArgs, loc, options?: ReportOptions) {
      const items = options?.checklist?.filter((i) => rule.checklist.includes(i)) ?? rule.checklist;
      findings.push({ diagnostic: createDiagnostic(rule.id, args, loc, severity), items });
    },
  };
  try {
    rule.check(ctx);
  } catch (e) {
    // A rule bug must not hide the other rules' findings, nor pass the checklist.
    const detail = `rule '${rule.id}' threw ${e instanceof Error ? e.message : String(e)}`;
    findings.push({ diagnostic: createDiagnostic("internal-error", { detail }), items: rule.checklist });
  }
  return findings;
}

function unknownRuleIds(config: SpecloomConfig): Diagnostic[] {
  const known = new Set(rules.map((r) => r.id));
  return Object.keys(config.rules ?? {})
    .filter((id) => !known.has(id))
    .sort()
    .map((id) => {
      const hint = didYouMean(id.toLowerCase().replace(/_/g, "-"), known);
      return createDiagnostic("unknown-rule", { id, hint });
    });
}

export function runChecker(ir: SpecIR, config: SpecloomConfig): CheckResult {
  let tableCache: CheckerTables | undefined;
  const tables = () => (tableCache ??= buildSourceTables(ir, config));
  const findings: Finding[] = [];
  const off = new Set<string>();
  for (const rule of rules) {
    const setting = config.rules?.[rule.id];
    if (setting === "off") {
      off.add(rule.id);
      continue;
    }
    findings.push(...runRule(rule, ir, config, setting ?? rule.severity, tables));
  }
  const checklist = CHECKLIST_ITEMS.map((item): ChecklistStatus => {
    const ids = rules.filter((r) => r.checklist.includes(item)).map((r) => r.id);
    const offReasons = ids.filter((id) => off.has(id)).map((id) => `Rule '${id}' is turned off in specloom.config.json, so this item is not verified.`);
    const failed = findings.filter((f) => f.items.includes(item)).map((f) => f.diagnostic);
    const reasons = [...offReasons, ...sortDiagnostics(failed).map((d) => d.message)];
    return { item, rules: ids, passed: reasons.length === 0, reasons };
  });
  const diagnostics = sortDiagnostics([...unknownRuleIds(config), ...findings.map((f) => f.diagnostic)]);
  return { diagnostics, checklist };
}

export interface RuleDoc {
  readonly id: string;
  readonly code: string;
  readonly severity: Severity;
  readonly docs: string;
  readonly checklist: readonly ChecklistItem[];
}

/** One row per rule, for the README table and `specloom check --rules`. */
export function ruleDocs(): RuleDoc[] {
  return rules.map(({ id, code, severity, docs, checklist }) => ({ id, code, severity, docs, checklist }));
}
