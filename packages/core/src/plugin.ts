/**
 * The public plugin API (`@specloom/core/plugin`). A plugin is plain data: a
 * name, its diagnostics, an options schema, emitters and lint rules. The
 * built-in emitters and the checker's rules register through the same shape;
 * a project adds others with `"plugins": ["./my-plugin.mjs", "some-package"]`
 * in specloom.config.json.
 */
import type { ArtifactName, SpecloomConfig } from "./config";
import type { DiagnosticDef, DiagnosticLibrary, MessageArgs, Severity } from "./diagnostics";
import type { ChecklistItem, EmitContext, EmitResult } from "./emitter";
import type { SourceLocation, SpecIR } from "./ir";

export { createDiagnostics, type DiagnosticDef, type DiagnosticLibrary, type MessageArgs, type Diagnostic, type Severity } from "./diagnostics";
export type { ArtifactName, BuiltinArtifactName, SpecloomConfig } from "./config";
export type { ChecklistItem, EmitContext, EmitResult, EmittedFile } from "./emitter";
export type * from "./ir";
/** Responses are keyed by a code, a range (`4XX`) or `default`: read them through these. */
export { compareStatuses, isStatusRange, isSuccessStatus, statusClass, statusCovers, STATUS_RANGES } from "./response-status";

// ---------------------------------------------------------------- options

/** One plugin option. Values come from `pluginOptions.<plugin name>` in specloom.config.json. */
export type OptionSpec =
  | { readonly type: "string"; readonly enum?: readonly string[]; readonly default?: string; readonly description?: string }
  | { readonly type: "boolean"; readonly default?: boolean; readonly description?: string }
  | {
      readonly type: "number";
      readonly integer?: boolean;
      readonly minimum?: number;
      readonly maximum?: number;
      readonly default?: number;
      readonly description?: string;
    }
  | { readonly type: "string[]"; readonly default?: readonly string[]; readonly description?: string };

export type OptionsSchema = Readonly<Record<string, OptionSpec>>;

type OptionValue<S extends OptionSpec> = S extends { readonly type: "string"; readonly enum: readonly (infer E)[] }
  ? E
  : S extends { readonly type: "string" }
    ? string
    : S extends { readonly type: "boolean" }
      ? boolean
      : S extends { readonly type: "number" }
        ? number
        : readonly string[];

type WithDefault<S extends OptionsSchema> = { [K in keyof S]: S[K] extends { readonly default: unknown } ? K : never }[keyof S];

/** The validated options an emitter or rule receives: options with a default are always present. */
export type OptionValues<S extends OptionsSchema> = { readonly [K in WithDefault<S>]: OptionValue<S[K]> } & {
  readonly [K in Exclude<keyof S, WithDefault<S>>]?: OptionValue<S[K]>;
};

/** Identity helper that keeps the schema's literal types for `OptionValues<typeof schema>`. */
export function defineOptions<const S extends OptionsSchema>(schema: S): S {
  return schema;
}

// ---------------------------------------------------------------- emitters

/** The emit context, with the plugin's validated options when it declares any. */
export type EmitContextWith<O> = [O] extends [undefined] ? EmitContext : EmitContext & { readonly options: O };

export interface Emitter<O = undefined> {
  /** Unique name, shown in `--verbose` timings and in failure diagnostics. */
  readonly name: string;
  /** The `emit` entry that enables it (built-in names are typed; plugins add their own). */
  readonly artifact: ArtifactName;
  /** Pure: returns file contents, never touches the file system. */
  emit(ctx: EmitContextWith<O>): EmitResult | Promise<EmitResult>;
}

export function defineEmitter<O = undefined>(emitter: Emitter<O>): Emitter<O> {
  return emitter;
}

// ---------------------------------------------------------------- rules

export interface ReportOptions {
  /** Narrows which of the rule's checklist items this finding fails. */
  readonly checklist?: readonly ChecklistItem[];
}

export interface RuleContext<M extends string = string, O = Readonly<Record<string, unknown>>> {
  readonly ir: SpecIR;
  readonly config: SpecloomConfig;
  /** The owning plugin's validated options. */
  readonly options: O;
  /** Reports a finding; the arguments are typed from the rule's message template. */
  report(args: MessageArgs<M>, loc?: SourceLocation, options?: ReportOptions): void;
}

/**
 * A lint rule: its own diagnostic (id, code, severity, message template) and a
 * `check` that reports findings. `Extra` is what the host adds to the context
 * (the checker gives its own rules the relational table model).
 */
export interface Rule<M extends string = string, Extra = unknown, O = Readonly<Record<string, unknown>>> {
  /** The key in specloom.config.json `rules`; a plugin's rules are `<plugin>/<rule>`. */
  readonly id: string;
  /** Shown as `error <code>:`; defaults to the id. */
  readonly code?: string;
  readonly severity: Severity;
  readonly message: M;
  /** One or two sentences for the README and docs. */
  readonly docs: string;
  /** Validation Checklist items this rule decides (none by default). */
  readonly checklist?: readonly ChecklistItem[];
  check(ctx: RuleContext<M, O> & Extra): void;
}

export function defineRule<const M extends string, O = Readonly<Record<string, unknown>>>(rule: Rule<M, unknown, O>): Rule<M, unknown, O> {
  return rule;
}

/** A rule's own diagnostic definition. */
export function ruleDiagnosticDef(rule: Rule<string, never, never>): DiagnosticDef {
  return { code: rule.code ?? rule.id, severity: rule.severity, message: rule.message };
}

// ---------------------------------------------------------------- plugins

export interface Plugin {
  /** Lower-case letters, digits and `-`; prefixes the plugin's diagnostic and rule ids (`graphql/…`). */
  readonly name: string;
  readonly diagnostics?: DiagnosticLibrary;
  readonly options?: OptionsSchema;
  // Emitters and rules are contravariant in their options; `any` lets typed ones in.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly emitters?: readonly Emitter<any>[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly rules?: readonly Rule<any, any, any>[];
}

export function definePlugin<const P extends Plugin>(plugin: P): P {
  return plugin;
}
