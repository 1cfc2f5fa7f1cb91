/**
 * Fuzz worker (a worker thread): builds mutants in process with the built
 * packages (dist/). The main thread (fuzz-lib.cjs) sends mutant numbers and
 * kills this worker when one hangs.
 *
 * Speed: every mutant is a fresh ts.Program, so lib.*.d.ts would be parsed and
 * bound again each time. compileProject's `readFile` routes every read through
 * `ts.createSourceFile`, so a cache keyed by file name and text returns the
 * same SourceFile for unchanged files (what the language service does); only
 * the mutated file is parsed anew. Nothing else about the pipeline changes.
 */
"use strict";
const { parentPort, workerData } = require("node:worker_threads");
const fs = require("node:fs");
const path = require("node:path");

const REPO = path.resolve(__dirname, "..");
const frontendMain = require.resolve("@specloom/frontend", { paths: [REPO] });
const tsPath = require.resolve("typescript", { paths: [path.dirname(frontendMain)] });
const ts = require(tsPath);

// ---- SourceFile cache (see above), installed before the front end loads TypeScript.
const sourceFiles = new Map();
const cachedTs = Object.create(null);
for (const key of Object.keys(ts)) {
  if (key !== "createSourceFile") Object.defineProperty(cachedTs, key, { enumerable: true, get: () => ts[key] });
}
Object.defineProperty(cachedTs, "createSourceFile", {
  enumerable: true,
  value(fileName, text, languageVersionOrOptions, setParentNodes, scriptKind) {
    const key = `${fileName}\0${JSON.stringify(languageVersionOrOptions)}\0${setParentNodes}\0${scriptKind}`;
    const hit = sourceFiles.get(key);
    if (hit && hit.text === text) return hit.sf;
    const sf = ts.createSourceFile(fileName, text, languageVersionOrOptions, setParentNodes, scriptKind);
    sourceFiles.set(key, { text, sf });
    return sf;
  },
});
require.cache[tsPath].exports = cachedTs;

const core = require(require.resolve("@specloom/core", { paths: [REPO] }));
const { compileProject } = require(frontendMain);
const { runChecker } = require(require.resolve("@specloom/checker", { paths: [REPO] }));
const cli = require(require.resolve("@specloom/cli", { paths: [REPO] }));
const graphql = require(require.resolve("@specloom/plugin-graphql", { paths: [REPO] }));
const { mutantFor } = require("./fuzz-mutate.cjs");
const markdown = require(require.resolve("@specloom/emitter-markdown", { paths: [REPO] }));

const STACK_FRAME = /^\s*at\s+(?:async\s+)?(?:[^\s()]+\s+)?\(?(?:node:|file:|\/|[A-Za-z]:\\)[^)\n]*:\d+:\d+\)?\s*$/m;

// ---- the targets: every project's TypeScript sources, read once.
const diskCache = new Map();
const readDisk = (abs) => {
  if (!diskCache.has(abs)) {
    let text;
    try {
      text = fs.readFileSync(abs, "utf8");
    } catch {
      text = undefined;
    }
    diskCache.set(abs, text);
  }
  return diskCache.get(abs);
};

function listTs(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? listTs(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));
}

const projects = workerData.projects.map((rel) => {
  const projectDir = path.resolve(REPO, rel);
  const loaded = core.loadConfig(projectDir);
  if (loaded.diagnostics.length > 0) throw new Error(`fuzz target ${rel} has a broken config`);
  const sourceRoot = path.dirname(path.resolve(projectDir, loaded.config.entry));
  return { rel, projectDir, config: loaded.config, files: listTs(sourceRoot) };
});
const targets = projects.flatMap((p) => p.files.map((file) => ({ project: p, file })));

/** One build, as the CLI's pipeline runs it, with `overrides` in place of disk contents. */
async function build(project, overrides) {
  const readFile = (abs) => (overrides.has(abs) ? overrides.get(abs) : readDisk(abs));
  const diagnostics = [];
  const crash = (where, e) => ({ crash: `${where} threw: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`, stack: e && e.stack });
  let compiled;
  try {
    compiled = compileProject({ projectDir: project.projectDir, config: project.config, readFile });
  } catch (e) {
    return crash("compileProject", e);
  }
  diagnostics.push(...compiled.diagnostics);
  const failing = () => core.exitCodeFor(diagnostics) !== 0;
  let files = 0;
  if (compiled.ir && !failing()) {
    let checked;
    try {
      checked = runChecker(compiled.ir, project.config);
    } catch (e) {
      return crash("runChecker", e);
    }
    diagnostics.push(...checked.diagnostics);
    if (!failing()) {
      const ctx = { ir: compiled.ir, config: project.config, language: project.config.documentationLanguage, checklist: checked.checklist };
      // The built-in plugins' emitters, plus the GraphQL plugin the projects load from their config.
      const emitters = [
        ...cli.BUILTIN_PLUGINS.flatMap((p) => p.emitters || []).filter((e) => project.config.emit.includes(e.artifact)),
        graphql.graphqlEmitter,
      ];
      for (const emitter of emitters) {
        try {
          const result = await emitter.emit({ ...ctx, options: { uuidAsId: true } });
          diagnostics.push(...(result.diagnostics || []));
          files += result.files.length;
        } catch (e) {
          return crash(`emitter '${emitter.name}'`, e);
        }
      }
    }
  }
  const internal = diagnostics.find((d) => d.code === "SL9001" || d.code === "SL5001" || STACK_FRAME.test(d.message));
  if (internal) return { crash: `${internal.code}: ${internal.message}` };
  const exitCode = core.exitCodeFor(diagnostics);
  if (exitCode !== 0 && exitCode !== 1 && exitCode !== 2) return { crash: `exit code ${exitCode}` };
  return { exitCode, errors: diagnostics.filter((d) => d.severity === "error").length, files };
}

/** A config mutant: load and validate the text like loadConfig does, then build with the result. */
async function buildWithConfig(project, text) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    return { exitCode: 2, errors: 1, files: 0 };
  }
  let validated;
  try {
    validated = core.validateConfig(raw);
  } catch (e) {
    return { crash: `validateConfig threw: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`, stack: e && e.stack };
  }
  const internal = validated.diagnostics.find((d) => d.code === "SL9001" || STACK_FRAME.test(d.message));
  if (internal) return { crash: `${internal.code}: ${internal.message}` };
  const exitCode = core.exitCodeFor(validated.diagnostics);
  if (exitCode !== 0) return { exitCode, errors: validated.diagnostics.length, files: 0 };
  const languages = typeof markdown.availableLanguages === "function" ? markdown.availableLanguages() : undefined;
  if (languages && !languages.includes(validated.config.documentationLanguage)) return { exitCode: 2, errors: 1, files: 0 };
  return build({ ...project, config: validated.config }, new Map());
}

parentPort.on("message", async (msg) => {
  if (msg.type === "warmup") {
    for (const p of projects) await build(p, new Map());
    parentPort.postMessage({ type: "ready", targets: targets.length });
    return;
  }
  if (msg.type === "run") {
    const mutant = mutantFor(ts, targets, msg.seed, msg.index, readDisk, msg.ops);
    parentPort.postMessage({ type: "start", index: msg.index, mutant: describe(mutant) });
    // Self-test hooks (tests/reliability/fuzz.test.ts proves the driver catches crashes and hangs).
    const inject = workerData.inject || {};
    if (inject.crashAt === msg.index) {
      parentPort.postMessage({ type: "done", index: msg.index, result: { crash: "injected crash (self-test)" } });
      return;
    }
    if (inject.hangAt === msg.index) for (;;);
    const result = mutant.config
      ? await buildWithConfig(mutant.target.project, mutant.text)
      : await build(mutant.target.project, new Map([[mutant.target.file, mutant.text]]));
    parentPort.postMessage({ type: "done", index: msg.index, result });
  }
});

function describe(m) {
  return { project: m.target.project.rel, file: path.relative(REPO, m.target.file), ops: m.ops, labels: m.labels, diff: m.diff };
}
