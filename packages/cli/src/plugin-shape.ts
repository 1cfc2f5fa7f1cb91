/**
 * Checks that what a plugin module exported is a plugin (a plugin may be any
 * JavaScript, so nothing about its shape can be assumed). Every problem is one
 * sentence for an SL1012 diagnostic.
 */
import { CHECKLIST_ITEMS, didYouMean, optionValueProblem, type OptionSpec, type Plugin } from "@specloom/core";

const NAME = /^[a-z][a-z0-9-]*$/;
const OPTION_TYPES = ["string", "boolean", "number", "string[]"];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The plugin a module exports: `export default definePlugin(…)` (ESM or CJS), or `export const plugin`. */
export function pluginExport(mod: unknown): unknown {
  if (!isObject(mod)) return mod;
  const candidates = [mod.default, isObject(mod.default) ? mod.default.default : undefined, mod.plugin];
  return candidates.find((c) => isObject(c) && typeof c.name === "string") ?? mod.default ?? mod;
}

function emitterProblem(e: unknown, i: number): string | undefined {
  if (!isObject(e) || typeof e.name !== "string" || e.name === "" || typeof e.artifact !== "string" || e.artifact === "" || typeof e.emit !== "function")
    return `emitters[${i}] needs a non-empty 'name', a non-empty 'artifact' and an 'emit' function (use defineEmitter)`;
  return undefined;
}

function ruleProblem(r: unknown, i: number, name: string): string | undefined {
  if (!isObject(r) || typeof r.id !== "string" || typeof r.message !== "string" || typeof r.check !== "function")
    return `rules[${i}] needs an 'id', a 'message' template and a 'check' function (use defineRule)`;
  if (!r.id.startsWith(`${name}/`) || !NAME.test(r.id.slice(name.length + 1))) return `rule id '${r.id}' must be '${name}/<kebab-case name>'`;
  if (r.severity !== "error" && r.severity !== "warning") return `rule '${r.id}' needs severity 'error' or 'warning'`;
  const items: readonly string[] = CHECKLIST_ITEMS;
  if (r.checklist !== undefined && !Array.isArray(r.checklist)) return `rule '${r.id}': 'checklist' must be an array of checklist items`;
  const unknown = ((r.checklist ?? []) as unknown[]).find((i) => typeof i !== "string" || !items.includes(i));
  if (unknown !== undefined) {
    const shown = typeof unknown === "string" ? unknown : JSON.stringify(unknown);
    return `rule '${r.id}' names unknown checklist item '${shown}'.${didYouMean(shown, items)} Known: ${items.join(", ")}`;
  }
  return undefined;
}

function diagnosticsProblem(d: unknown, name: string): string | undefined {
  if (!isObject(d) || !isObject(d.defs) || typeof d.create !== "function") return "'diagnostics' must come from createDiagnostics(name, { … })";
  for (const [id, def] of Object.entries(d.defs)) {
    if (!id.startsWith(`${name}/`)) return `diagnostic id '${id}' must start with '${name}/'`;
    if (!isObject(def) || typeof def.message !== "string" || (def.severity !== "error" && def.severity !== "warning"))
      return `diagnostic '${id}' needs a 'message' template and severity 'error' or 'warning'`;
  }
  return undefined;
}

function optionsProblem(o: unknown): string | undefined {
  if (!isObject(o)) return "'options' must be an object of option specs";
  for (const [key, spec] of Object.entries(o)) {
    if (!isObject(spec) || !OPTION_TYPES.includes(spec.type as string))
      return `option '${key}' needs a 'type' of ${OPTION_TYPES.map((t) => `'${t}'`).join(", ")}`;
    // A default the plugin's own spec rejects would reach its emitters unchecked.
    const problem = spec.default === undefined ? undefined : optionValueProblem(spec as unknown as OptionSpec, spec.default);
    if (problem) return `the default of option '${key}' does not fit its own spec: ${problem}`;
  }
  return undefined;
}

/** Why `value` is not a usable plugin, or undefined when it is one. */
export function pluginProblem(value: unknown): string | undefined {
  if (!isObject(value) || typeof value.name !== "string")
    return "it must export a plugin as its default export: export default definePlugin({ name, emitters, rules })";
  const name = value.name;
  if (!NAME.test(name)) return `plugin name '${name}' must be lower-case letters, digits and '-', starting with a letter`;
  for (const key of Object.keys(value)) {
    if (!["name", "diagnostics", "options", "emitters", "rules"].includes(key))
      return `unknown plugin property '${key}' (known: name, diagnostics, options, emitters, rules)`;
  }
  if (value.emitters !== undefined && !Array.isArray(value.emitters)) return "'emitters' must be an array";
  if (value.rules !== undefined && !Array.isArray(value.rules)) return "'rules' must be an array";
  const emitters = (value.emitters ?? []) as unknown[];
  const rules = (value.rules ?? []) as unknown[];
  if (emitters.length === 0 && rules.length === 0) return "it declares no emitters and no rules";
  return (
    emitters.map(emitterProblem).find(Boolean) ??
    rules.map((r, i) => ruleProblem(r, i, name)).find(Boolean) ??
    (value.diagnostics !== undefined ? diagnosticsProblem(value.diagnostics, name) : undefined) ??
    (value.options !== undefined ? optionsProblem(value.options) : undefined)
  );
}

export const asPlugin = (value: unknown) => value as Plugin;
