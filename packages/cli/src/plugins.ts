/**
 * Loads the plugins a build uses: the built-in ones, then those listed in
 * specloom.config.json `plugins` (paths relative to the project, or packages
 * resolved from the project's node_modules), each with its validated
 * `pluginOptions`. Every problem is a positioned usage diagnostic.
 */
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import {
  CONFIG_FILE,
  closestName,
  createDiagnostic,
  didYouMean,
  jsonPathPosition,
  parseJsonWithPositions,
  validatePluginOptions,
  type Diagnostic,
  type Plugin,
  type SourceLocation,
  type SpecloomConfig,
} from "@specloom/core";
import { asPlugin, pluginExport, pluginProblem } from "./plugin-shape";

export interface LoadedPlugin {
  readonly plugin: Plugin;
  readonly options: Readonly<Record<string, unknown>>;
  /** Its entry in specloom.config.json; absent for built-ins. */
  readonly loc?: SourceLocation;
  /** The module file, for watch mode; absent for built-ins. */
  readonly file?: string;
  /** Its entry in `plugins` as written; absent for built-ins. */
  readonly spec?: string;
}

export interface PluginSet {
  readonly plugins: readonly LoadedPlugin[];
  readonly diagnostics: readonly Diagnostic[];
  /** The artifacts to emit: `emit`, or when it is absent every built-in and plugin artifact. */
  readonly artifacts: readonly string[];
}

const isPath = (spec: string) => spec.startsWith("./") || spec.startsWith("../") || path.isAbsolute(spec);

/** Project dependencies, for "did you mean" on a mistyped package name. */
function dependencyNames(projectDir: string): string[] {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(projectDir, "package.json"), "utf8")) as Record<string, Record<string, string> | undefined>;
    return [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})];
  } catch {
    return [];
  }
}

/** The module file a `plugins` entry names, or a diagnostic. */
function resolvePlugin(spec: string, projectDir: string, loc: SourceLocation | undefined): string | Diagnostic {
  if (isPath(spec)) {
    const file = path.resolve(projectDir, spec);
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
    let siblings: string[] = [];
    try {
      siblings = fs.readdirSync(path.dirname(file));
    } catch {
      // no readable folder: no suggestion
    }
    const near = closestName(path.basename(file), siblings, 3);
    const dir = spec.replace(/\\/g, "/").replace(/[^/]*$/, "");
    const hint = near === undefined ? "" : ` Did you mean '${dir}${near}'?`;
    return createDiagnostic("plugin-not-found", { spec, hint }, loc);
  }
  // The project's own node_modules first, then the specloom installation's (plugins installed beside the CLI).
  for (const from of [path.join(projectDir, "package.json"), __filename]) {
    try {
      return createRequire(from).resolve(spec);
    } catch {
      // not resolvable from here: try the next place
    }
  }
  const hint = didYouMean(spec, dependencyNames(projectDir), 3) || ` Install it (npm install --save-dev ${spec}) or use a path starting with './'.`;
  return createDiagnostic("plugin-not-found", { spec, hint }, loc);
}

async function importPlugin(spec: string, file: string, loc: SourceLocation | undefined): Promise<{ plugin: Plugin } | { diagnostic: Diagnostic }> {
  let mod: unknown;
  try {
    // A local plugin's mtime in the URL makes watch mode load the edited file rather than the cached module.
    const url = pathToFileURL(file);
    if (isPath(spec)) url.search = `?mtime=${fs.statSync(file).mtimeMs}`;
    mod = await import(url.href);
  } catch (e) {
    if (process.env.SPECLOOM_DEBUG === "1") process.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
    return { diagnostic: createDiagnostic("plugin-load-failed", { spec, detail: e instanceof Error ? e.message : String(e) }, loc) };
  }
  const value = pluginExport(mod);
  const problem = pluginProblem(value);
  return problem ? { diagnostic: createDiagnostic("plugin-invalid", { spec, detail: problem }, loc) } : { plugin: asPlugin(value) };
}

type Locate = (path: readonly (string | number)[], key?: boolean) => SourceLocation | undefined;

/** Positions in specloom.config.json, read with the parser that validated it (core's json-source). */
function readConfigPositions(projectDir: string): { at: Locate; hasEmit: boolean } {
  let parsed: ReturnType<typeof parseJsonWithPositions> | undefined;
  try {
    parsed = parseJsonWithPositions(fs.readFileSync(path.join(projectDir, CONFIG_FILE), "utf8"));
  } catch {
    parsed = undefined;
  }
  if (!parsed?.ok) return { at: () => undefined, hasEmit: false };
  const ok = parsed;
  const at: Locate = (p, key = false) => {
    const position = jsonPathPosition(ok, p, key);
    return position && { file: CONFIG_FILE, ...position };
  };
  return { at, hasEmit: at(["emit"]) !== undefined };
}

/** Names declared twice across plugins (plugin names, artifacts, rule ids). */
function conflicts(plugins: readonly LoadedPlugin[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const owners = new Map<string, string>();
  const claim = (what: "Plugin" | "Artifact" | "Rule", name: string, p: LoadedPlugin) => {
    const key = `${what}:${name}`;
    const first = owners.get(key);
    const owner = p.spec === undefined ? `the built-in plugin '${p.plugin.name}'` : `plugin '${p.spec}'`;
    if (first === undefined) owners.set(key, owner);
    else out.push(createDiagnostic("plugin-conflict", { what, name, first, second: owner }, p.loc));
  };
  for (const p of plugins) {
    claim("Plugin", p.plugin.name, p);
    for (const e of p.plugin.emitters ?? []) claim("Artifact", e.artifact, p);
    for (const r of p.plugin.rules ?? []) claim("Rule", r.id, p);
  }
  return out;
}

export async function loadPlugins(projectDir: string, config: SpecloomConfig, builtins: readonly Plugin[]): Promise<PluginSet> {
  const diagnostics: Diagnostic[] = [];
  const { at, hasEmit } = readConfigPositions(projectDir);
  const found: { plugin: Plugin; loc?: SourceLocation; file?: string; spec?: string }[] = builtins.map((plugin) => ({ plugin }));
  for (const [i, spec] of config.plugins.entries()) {
    const loc = at(["plugins", i]);
    const file = resolvePlugin(spec, projectDir, loc);
    if (typeof file !== "string") {
      diagnostics.push(file);
      continue;
    }
    const imported = await importPlugin(spec, file, loc);
    if ("diagnostic" in imported) diagnostics.push(imported.diagnostic);
    else found.push({ plugin: imported.plugin, loc, file, spec });
  }
  const plugins = found.map(({ plugin, loc, file, spec }): LoadedPlugin => {
    const checked = validatePluginOptions(plugin.name, plugin.options, config.pluginOptions[plugin.name], (p) => at(p, true));
    diagnostics.push(...checked.diagnostics);
    return { plugin, options: checked.options, ...(loc ? { loc } : {}), ...(file ? { file, spec } : {}) };
  });
  diagnostics.push(...conflicts(plugins));
  const names = plugins.map((p) => p.plugin.name);
  // A plugin that failed to load has no name to check its options against.
  if (diagnostics.length === 0) {
    for (const name of Object.keys(config.pluginOptions)
      .filter((n) => !names.includes(n))
      .sort()) {
      diagnostics.push(createDiagnostic("unknown-plugin-options", { name, hint: didYouMean(name, names) }, at(["pluginOptions", name], true)));
    }
  }
  const known = plugins.flatMap((p) => (p.plugin.emitters ?? []).map((e) => e.artifact));
  for (const [i, artifact] of config.emit.entries()) {
    if (known.includes(artifact)) continue;
    const hint = didYouMean(artifact, known) || ` Known artifacts: ${known.join(", ")}.`;
    diagnostics.push(createDiagnostic("unknown-artifact", { artifact, hint }, at(["emit", i])));
  }
  const fromPlugins = plugins.filter((p) => p.spec !== undefined).flatMap((p) => (p.plugin.emitters ?? []).map((e) => e.artifact));
  const artifacts = hasEmit ? config.emit : [...new Set([...config.emit, ...fromPlugins])];
  return { plugins, diagnostics, artifacts };
}
