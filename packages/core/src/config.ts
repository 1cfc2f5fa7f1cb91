/**
 * specloom.config.json: reading, validation and defaults. The schema lives in
 * config-schema.ts; every problem here is a usage diagnostic (exit 2) with its
 * position in the file, and nothing throws on user input.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { configSchema, type SpecloomConfig } from "./config-schema";
import { applyDefaults, assertSupportedSchema, type CheckContext, type ConfigSchemaNode, checkValue } from "./config-validate";
import { createDiagnostic, type Diagnostic } from "./diagnostics";
import type { SourceLocation } from "./ir";
import { parseJsonWithPositions } from "./json-source";

export {
  ARTIFACTS,
  type ArtifactName,
  type BuiltinArtifactName,
  configSchema,
  type RuleSetting,
  type SpecloomConfig,
  type SpecloomConfigInput,
} from "./config-schema";

export const CONFIG_FILE = "specloom.config.json";

const schemaNode = configSchema as unknown as ConfigSchemaNode;
assertSupportedSchema(schemaNode);

function resolve(checked: unknown): SpecloomConfig {
  const config = applyDefaults(schemaNode, checked ?? {}) as Record<string, unknown>;
  // `$schema` is for editors only; the resolved config never carries it.
  delete config.$schema;
  return config as unknown as SpecloomConfig;
}

export const DEFAULT_CONFIG: SpecloomConfig = resolve({});

export interface LoadedConfig {
  readonly config: SpecloomConfig;
  readonly diagnostics: readonly Diagnostic[];
  /** Absolute project root. */
  readonly projectDir: string;
  /** Where each value was read in specloom.config.json, by path (`emit[1]`, `openapi.version`). */
  readonly locs: Readonly<Record<string, SourceLocation>>;
}

export interface ConfigCheckResult {
  readonly config: SpecloomConfig;
  readonly diagnostics: Diagnostic[];
  readonly locs: Readonly<Record<string, SourceLocation>>;
}

/** Validates the text of specloom.config.json (a UTF-8 BOM is allowed) and applies the defaults. */
export function validateConfigText(text: string): ConfigCheckResult {
  const parsed = parseJsonWithPositions(text);
  if (!parsed.ok) {
    const loc = { file: CONFIG_FILE, ...parsed.position };
    return { config: DEFAULT_CONFIG, locs: {}, diagnostics: [createDiagnostic("config-invalid-json", { detail: parsed.detail }, loc)] };
  }
  const ctx: CheckContext = { diagnostics: [], locs: {}, locOf: (node) => ({ file: CONFIG_FILE, ...parsed.positionOf(node.offset) }) };
  const checked = checkValue(schemaNode, parsed.root, "", ctx);
  return { config: resolve(checked), diagnostics: ctx.diagnostics, locs: ctx.locs };
}

/** Validates an already parsed config value (positions are then unknown). */
export function validateConfig(raw: unknown): { config: SpecloomConfig; diagnostics: Diagnostic[] } {
  const text = JSON.stringify(raw);
  if (text === undefined) return validateConfigText("");
  const { config, diagnostics } = validateConfigText(text);
  return { config, diagnostics: diagnostics.map(({ loc: _loc, ...rest }) => rest) };
}

/** Reads `<projectDir>/specloom.config.json`. A missing file is an error. */
export function loadConfig(projectDir: string): LoadedConfig {
  const dir = path.resolve(projectDir);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    return { config: DEFAULT_CONFIG, projectDir: dir, locs: {}, diagnostics: [createDiagnostic("project-dir-not-found", { dir: projectDir })] };
  }
  let text: string;
  try {
    text = fs.readFileSync(path.join(dir, CONFIG_FILE), "utf8");
  } catch {
    return { config: DEFAULT_CONFIG, projectDir: dir, locs: {}, diagnostics: [createDiagnostic("config-not-found", { dir: projectDir })] };
  }
  const { config, diagnostics, locs } = validateConfigText(text);
  return { config, projectDir: dir, locs, diagnostics };
}
