/** Runs the rules of every plugin over an IR and derives the Validation Checklist from what they found. */
import {
  CHECKLIST_ITEMS,
  createDiagnostics,
  definePlugin,
  diagnosticFromDef,
  guardPluginCall,
  ruleDiagnosticDef,
  sortDiagnostics,
  type ChecklistItem,
  type ChecklistStatus,
  type Diagnostic,
  type Rule as PluginRule,
  type Severity,
  type SourceLocation,
  type SpecIR,
  type SpecloomConfig,
} from "@specloom/core";
import type { ReportArgs, ReportOptions, Rule } from "./rule";
import { rules } from "./rules";
import { buildSourceTables, type SourceTables as CheckerTables } from "@specloom/model";
import { didYouMean } from "./util/text";

/** The checker's own diagnostics (its rules carry theirs). */
export const checkerDiagnostics = createDiagnostics("checker", {
  "unknown-rule": { code: "SL4000", severity: "warning", usage: true, message: "specloom.config.json 'rules' names unknown rule '{id}'.{hint}" },
});

/** The built-in rules, registered like any plugin's. */
export const checkerPlugin = definePlugin({ name: "checker", diagnostics: checkerDiagnostics, rules });

/** One plugin's rules, as the pipeline hands them over. */
export interface RuleSource {
  readonly plugin: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly rules: readonly PluginRule<any, any, any>[];
  /** The plugin's validated options. */
  readonly options?: Readonly<Record<string, unknown>>;
  /** The plugin's entry in specloom.config.json, for failure diagnostics. */
  readonly loc?: SourceLocation;
}

const BUILTIN: readonly RuleSource[] = [{ plugin: checkerPlugin.name, rules }];

export interface CheckResult {
  readonly diagnostics: Diagnostic[];
  readonly checklist: ChecklistStatus[];
}

/** A finding plus the checklist items it fails. */
interface Finding {
  readonly diagnostic: Diagnostic;
  readonly items: readonly ChecklistItem[];
}

interface Run {
  readonly ir: SpecIR;
  readonly config: SpecloomConfig;
  readonly tables: () => CheckerTables;
}

function runRule(source: RuleSource, rule: PluginRule<string, unknown>, run: Run, severity: Severity): Finding[] {
  const findings: Finding[] = [];
  const checklist = rule.checklist ?? [];
  const def = ruleDiagnosticDef(rule);
  const ctx = {
    ir: run.ir,
    config: run.config,
    options: source.options ?? {},
    tables: run.tables,
    report(args: ReportArgs, loc?: SourceLocation, options?: ReportOptions) {
      const items = options?.checklist?.filter((i) => checklist.includes(i)) ?? checklist;
      findings.push({ diagnostic: diagnosticFromDef(rule.id, def, args, loc, severity), items });
    },
  };
  // A rule bug must not hide the other rules' findings, nor pass the checklist.
  const result = guardPluginCall({ plugin: source.plugin, what: "Rule", name: rule.id, loc: source.loc }, () => rule.check(ctx as never));
  if (!result.ok) findings.push({ diagnostic: result.diagnostic, items: checklist });
  return findings;
}

function unknownRuleIds(config: SpecloomConfig, known: ReadonlySet<string>): Diagnostic[] {
  return Object.keys(config.rules ?? {})
    .filter((id) => !known.has(id))
    .sort()
    .map((id) => {
      const hint = didYouMean(id.toLowerCase().replace(/_/g, "-"), known);
      return checkerDiagnostics.create("unknown-rule", { id, hint });
    });
}

/** Items about optional sections cannot pass for a spec that has none of them (the seed: tick only what was verified). */
function applicable(item: ChecklistItem, ir: SpecIR): boolean {
  const { integrations, jobs, caching } = ir.config;
  if (item === "integrations") return Object.keys(integrations?.value ?? {}).length > 0;
  if (item === "jobs") return Object.keys(jobs?.value ?? {}).length > 0;
  if (item === "caching") return (caching?.value.entries ?? []).length > 0;
  return true;
}

/** Runs the built-in rules, or the rules of the given plugins (the pipeline passes every loaded plugin's). */
export function runChecker(ir: SpecIR, config: SpecloomConfig, sources: readonly RuleSource[] = BUILTIN): CheckResult {
  let tableCache: CheckerTables | undefined;
  const run: Run = { ir, config, tables: () => (tableCache ??= buildSourceTables(ir, config)) };
  const all = sources.flatMap((source) => source.rules.map((rule) => ({ source, rule: rule as PluginRule<string, unknown> })));
  const findings: Finding[] = [];
  const off = new Set<string>();
  for (const { source, rule } of all) {
    const setting = config.rules?.[rule.id];
    if (setting === "off") {
      off.add(rule.id);
      continue;
    }
    findings.push(...runRule(source, rule, run, setting ?? rule.severity));
  }
  const checklist = CHECKLIST_ITEMS.map((item): ChecklistStatus => {
    const ids = all.filter(({ rule }) => (rule.checklist ?? []).includes(item)).map(({ rule }) => rule.id);
    const offReasons = ids.filter((id) => off.has(id)).map((id) => `Rule '${id}' is turned off in specloom.config.json, so this item is not verified.`);
    const failed = findings.filter((f) => f.items.includes(item)).map((f) => f.diagnostic);
    const reasons = [...offReasons, ...sortDiagnostics(failed).map((d) => d.message)];
    if (!applicable(item, ir)) return { item, rules: ids, passed: false, reasons, notApplicable: true };
    return { item, rules: ids, passed: reasons.length === 0, reasons };
  });
  const known = new Set(all.map(({ rule }) => rule.id));
  const diagnostics = sortDiagnostics([...unknownRuleIds(config, known), ...findings.map((f) => f.diagnostic)]);
  return { diagnostics, checklist };
}

export interface RuleDoc {
  readonly id: string;
  readonly code: string;
  readonly severity: Severity;
  readonly docs: string;
  readonly checklist: readonly ChecklistItem[];
}

/** One row per rule: the checker README's rules table is tested against it. */
export function ruleDocs(): RuleDoc[] {
  return rules.map(({ id, code, severity, docs, checklist }: Rule) => ({ id, code, severity, docs, checklist }));
}
