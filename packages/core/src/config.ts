/**
 * specloom.config.json: defaults, validation and resolution. Every problem is
 * a usage diagnostic (exit 2); nothing here throws on user input.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { createDiagnostic, type Diagnostic, type Severity } from "./diagnostics";
import type { NamingStyle } from "./naming";

export const CONFIG_FILE = "specloom.config.json";

/** The built-in artifacts; plugins add their own names. */
export const ARTIFACTS = ["markdown", "openapi", "sql", "mermaid", "typebox", "ir"] as const;
export type BuiltinArtifactName = (typeof ARTIFACTS)[number];
/** A built-in artifact (typed) or one a plugin provides (checked once plugins are loaded). */
export type ArtifactName = BuiltinArtifactName | (string & {});

export type RuleSetting = Severity | "off";

export interface SpecloomConfig {
  readonly entry: string;
  readonly projectName?: string;
  readonly documentationDir: string;
  readonly documentationLanguage: string;
  readonly openapi: {
    readonly version: "3.1.0" | "3.0.3";
    readonly servers: readonly { readonly url: string; readonly description?: string }[];
    readonly info: { readonly title?: string; readonly version: string; readonly description?: string };
  };
  readonly sql: {
    readonly dialect: "postgresql";
    readonly naming: NamingStyle;
    /** Index every FK column not already covered by an index that leads with it. */
    readonly autoIndexForeignKeys: boolean;
    /** `native`: CREATE TYPE … AS ENUM; `check`: TEXT with a CHECK constraint. */
    readonly enums: "native" | "check";
  };
  readonly mermaid: {
    /** `tag`: one extra diagram per API tag, next to the full one. */
    readonly split: "none" | "tag";
    readonly keysOnly: boolean;
  };
  readonly emit: readonly ArtifactName[];
  /** Render er.svg through mermaid-cli and Chromium. */
  readonly svg: boolean;
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** Plugin modules: paths relative to the project (`./x.mjs`) or package names. */
  readonly plugins: readonly string[];
  /** Options per plugin name, validated against each plugin's options schema. */
  readonly pluginOptions: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

export const DEFAULT_CONFIG: SpecloomConfig = {
  entry: "spec-src/index.ts",
  documentationDir: "docs",
  documentationLanguage: "en",
  openapi: { version: "3.1.0", servers: [], info: { version: "1.0.0" } },
  sql: { dialect: "postgresql", naming: "snake_case", autoIndexForeignKeys: true, enums: "native" },
  mermaid: { split: "none", keysOnly: false },
  emit: [...ARTIFACTS],
  svg: false,
  rules: {},
  plugins: [],
  pluginOptions: {},
};

type Check = (value: unknown, key: string, out: Diagnostic[]) => unknown;

const invalid = (out: Diagnostic[], key: string, detail: string) => {
  out.push(createDiagnostic("config-invalid-value", { key, detail }));
  return undefined;
};
const str: Check = (v, k, out) => (typeof v === "string" && v.length > 0 ? v : invalid(out, k, "expected a non-empty string"));
const bool: Check = (v, k, out) => (typeof v === "boolean" ? v : invalid(out, k, "expected true or false"));
const oneOf =
  (...allowed: string[]): Check =>
  (v, k, out) =>
    typeof v === "string" && allowed.includes(v) ? v : invalid(out, k, `expected one of ${allowed.map((a) => `'${a}'`).join(", ")}`);
const object =
  (shape: Record<string, Check>): Check =>
  (v, k, out) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return invalid(out, k, "expected an object");
    const result: Record<string, unknown> = Object.create(null);
    for (const [key, value] of Object.entries(v)) {
      const full = k ? `${k}.${key}` : key;
      // Own keys only: `constructor` or `__proto__` must not find Object.prototype's members.
      const check = Object.hasOwn(shape, key) ? shape[key] : undefined;
      if (!check) {
        const near = Object.keys(shape).find((s) => s.toLowerCase() === key.toLowerCase());
        out.push(createDiagnostic("config-unknown-key", { key: full, hint: near ? ` Did you mean '${near}'?` : ` Known keys: ${Object.keys(shape).join(", ")}.` }));
        continue;
      }
      const checked = check(value, full, out);
      if (checked !== undefined) result[key] = checked;
    }
    return result;
  };
const arrayOf =
  (item: Check): Check =>
  (v, k, out) => {
    if (!Array.isArray(v)) return invalid(out, k, "expected an array");
    const items = v.map((x, i) => item(x, `${k}[${i}]`, out));
    return items.every((x) => x !== undefined) ? items : undefined;
  };
const record =
  (value: Check): Check =>
  (v, k, out) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return invalid(out, k, "expected an object");
    const result: Record<string, unknown> = Object.create(null);
    for (const [key, x] of Object.entries(v)) result[key] = value(x, `${k}.${key}`, out);
    return result;
  };

const anyObject: Check = (v, k, out) => (typeof v === "object" && v !== null && !Array.isArray(v) ? v : invalid(out, k, "expected an object"));

const schema = object({
  $schema: str,
  entry: str,
  projectName: str,
  documentationDir: str,
  documentationLanguage: str,
  openapi: object({
    version: oneOf("3.1.0", "3.0.3"),
    servers: arrayOf(object({ url: str, description: str })),
    info: object({ title: str, version: str, description: str }),
  }),
  sql: object({ dialect: oneOf("postgresql"), naming: oneOf("snake_case", "preserve"), autoIndexForeignKeys: bool, enums: oneOf("native", "check") }),
  mermaid: object({ split: oneOf("none", "tag"), keysOnly: bool }),
  // Artifact names are checked after the plugins load (they add names).
  emit: arrayOf(str),
  svg: bool,
  rules: record(oneOf("error", "warning", "off")),
  plugins: arrayOf(str),
  // Each plugin's options are checked against its own schema once it is loaded.
  pluginOptions: record(anyObject),
});

/** Merges a validated partial config over the defaults, one level deep for sections. */
function merge(partial: Record<string, unknown>): SpecloomConfig {
  const out: Record<string, unknown> = { ...DEFAULT_CONFIG };
  for (const [k, v] of Object.entries(partial)) {
    if (k === "$schema") continue;
    const base = (DEFAULT_CONFIG as unknown as Record<string, unknown>)[k];
    out[k] =
      base && typeof base === "object" && !Array.isArray(base) && v && typeof v === "object" && !Array.isArray(v)
        ? { ...base, ...v, ...(k === "openapi" ? { info: { ...DEFAULT_CONFIG.openapi.info, ...((v as { info?: object }).info ?? {}) } } : {}) }
        : v;
  }
  return out as unknown as SpecloomConfig;
}

export interface LoadedConfig {
  readonly config: SpecloomConfig;
  readonly diagnostics: readonly Diagnostic[];
  /** Absolute project root. */
  readonly projectDir: string;
}

/** Validates a parsed config object. */
export function validateConfig(raw: unknown): { config: SpecloomConfig; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const checked = schema(raw, "", diagnostics) as Record<string, unknown> | undefined;
  return { config: merge(checked ?? {}), diagnostics };
}

/** Reads `<projectDir>/specloom.config.json`. A missing file is an error. */
export function loadConfig(projectDir: string): LoadedConfig {
  const dir = path.resolve(projectDir);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    return { config: DEFAULT_CONFIG, projectDir: dir, diagnostics: [createDiagnostic("project-dir-not-found", { dir: projectDir })] };
  }
  const file = path.join(dir, CONFIG_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return { config: DEFAULT_CONFIG, projectDir: dir, diagnostics: [createDiagnostic("config-not-found", { dir: projectDir })] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const loc = { file: CONFIG_FILE, line: 1, column: 1 };
    return { config: DEFAULT_CONFIG, projectDir: dir, diagnostics: [createDiagnostic("config-invalid-json", { detail: (e as Error).message }, loc)] };
  }
  const { config, diagnostics } = validateConfig(raw);
  return { config, projectDir: dir, diagnostics };
}
