/**
 * Checks `pluginOptions.<plugin>` against the plugin's options schema: unknown
 * keys (with did-you-mean) and wrong types are config diagnostics, defaults
 * fill what is absent. Nothing declared is silently dropped.
 */
import { createDiagnostic, type Diagnostic } from "./diagnostics";
import { didYouMean } from "./did-you-mean";
import type { SourceLocation } from "./ir";
import type { OptionSpec, OptionsSchema } from "./plugin";

/** Where a config path (`["pluginOptions", "graphql", "x"]`) is written, when known. */
export type ConfigLocator = (path: readonly string[]) => SourceLocation | undefined;

/** Why `value` does not fit the option spec, or undefined when it does (also checks a plugin's own defaults). */
export function optionValueProblem(spec: OptionSpec, value: unknown): string | undefined {
  switch (spec.type) {
    case "string":
      if (typeof value !== "string") return "expected a string";
      if (spec.enum && !spec.enum.includes(value)) return `expected one of ${spec.enum.map((e) => `'${e}'`).join(", ")}`;
      return undefined;
    case "boolean":
      return typeof value === "boolean" ? undefined : "expected true or false";
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) return "expected a number";
      if (spec.integer && !Number.isInteger(value)) return "expected an integer";
      if (spec.minimum !== undefined && value < spec.minimum) return `expected at least ${spec.minimum}`;
      if (spec.maximum !== undefined && value > spec.maximum) return `expected at most ${spec.maximum}`;
      return undefined;
    case "string[]":
      return Array.isArray(value) && value.every((v) => typeof v === "string") ? undefined : "expected an array of strings";
  }
}

/** The plugin's options with defaults applied, plus a diagnostic per problem. */
export function validatePluginOptions(
  pluginName: string,
  schema: OptionsSchema | undefined,
  raw: Readonly<Record<string, unknown>> | undefined,
  locate: ConfigLocator = () => undefined,
): { options: Readonly<Record<string, unknown>>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const options = Object.create(null) as Record<string, unknown>;
  const declared = schema ?? {};
  for (const [key, spec] of Object.entries(declared)) if (spec.default !== undefined) options[key] = spec.default;
  for (const [key, value] of Object.entries(raw ?? {})) {
    const path = ["pluginOptions", pluginName, key];
    const full = path.join(".");
    const spec = Object.hasOwn(declared, key) ? declared[key] : undefined;
    if (!spec) {
      const known = Object.keys(declared);
      const hint =
        didYouMean(key, known) ||
        (known.length > 0 ? ` Known options of '${pluginName}': ${known.join(", ")}.` : ` Plugin '${pluginName}' has no options.`);
      diagnostics.push(createDiagnostic("config-unknown-key", { key: full, hint }, locate(path)));
      continue;
    }
    const problem = optionValueProblem(spec, value);
    if (problem) diagnostics.push(createDiagnostic("config-invalid-value", { key: full, detail: problem }, locate(path)));
    else options[key] = value;
  }
  return { options, diagnostics };
}
