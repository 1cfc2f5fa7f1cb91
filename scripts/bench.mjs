#!/usr/bin/env node
/**
 * specloom benchmark (`npm run bench`): `specloom build` of a synthetic spec vs
 * `tsc --noEmit -p` on the very same sources and TypeSpec's OpenAPI compile of its
 * TypeSpec twin, peak RSS of each, the watch-mode rebuild after a one-file edit,
 * and optionally a scaling table with a fitted exponent.
 *
 *   node scripts/bench.mjs [--entities 1000] [--runs 5] [--edits 10] [--json] [--no-typespec]
 *                          [--scaling [--scaling-runs 3] [--scaling-edits 5] [--sizes 250,500,1000,2000,4000] [--scaling-only]]
 *                          [--no-warmup] [--profile] [--specloom-root DIR]
 *
 * TypeSpec (and, on Node < 22, a Node 22 binary) is installed on first use into
 * node_modules/.cache/specloom-bench/typespec, or $SPECLOOM_BENCH_CACHE; without
 * the registry it is skipped with the reason in the report.
 *
 * Needs the built CLI (`npm run build`). Projects are generated in .bench/ (gitignored), or $SPECLOOM_BENCH_DIR.
 * Progress goes to stderr; the report (or, with --json, one JSON object) to stdout.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { generateProject } from "./bench/generate.mjs";
import { measureNode, median, parsePhases } from "./bench/measure.mjs";
import { measureIncremental } from "./bench/watch.mjs";
import { analyseProfile } from "./bench/profile.mjs";
import { report, targetsMet } from "./bench/report.mjs";
import { scalingSummary } from "./bench/fit.mjs";
import { options } from "./bench/options.mjs";
import { ensureTypeSpec, generateTypeSpecProject, typeSpecArgs } from "./bench/typespec.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TSC = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
/**
 * The built specloom under test: this checkout, or --specloom-root DIR (e.g. a
 * `git archive` snapshot built with tsc -b, to benchmark a commit while the
 * working tree is mid-change).
 */
let CLI = path.join(ROOT, "packages", "cli", "dist", "bin.js");
let AUTHORING_TYPES = path.join(ROOT, "packages", "specloom", "dist", "index.d.ts");
/** SPECLOOM_BENCH_DIR moves the generated projects (tests use a temporary directory). */
const BENCH_DIR = path.resolve(process.env.SPECLOOM_BENCH_DIR ?? path.join(ROOT, ".bench"));
/** Every artifact except er.svg (needs Chromium; not benchmarked). */
const EXPECTED_ARTIFACTS = [
  "backend-spec.md",
  ".env.example",
  "openapi.json",
  "openapi.yaml",
  "schema.sql",
  "er.mmd",
  "validators.ts",
  "specloom.ir.json",
];

const log = (line) => process.stderr.write(`[bench] ${line}\n`);

function check(label, result) {
  if (result.code !== 0) throw new Error(`${label} exited with ${result.code}:\n${(result.stdout + result.stderr).slice(-3000)}`);
  return result;
}

const PREREQUISITES = ["architecture.md", "tech-stack.md"];

/** Removes the previous run's artifacts, so every timed build writes all of them (not the "unchanged" fast path). */
function cleanOutputs(dir) {
  const outDir = path.join(dir, "docs", "technical");
  for (const f of fs.readdirSync(outDir)) if (!PREREQUISITES.includes(f)) fs.rmSync(path.join(outDir, f), { recursive: true, force: true });
}

const runSpecloom = (dir) => {
  cleanOutputs(dir);
  return measureNode(CLI, ["build", ".", "--verbose"], { cwd: dir }).then((r) => check("specloom build", r));
};
const runTsc = (dir) => measureNode(TSC, ["--noEmit", "-p", "tsconfig.json"], { cwd: dir }).then((r) => check("tsc --noEmit", r));
/** TypeSpec's OpenAPI-only compile of the twin project, on its own Node (≥ 22). */
const runTypeSpec = (ts, tspDir) =>
  measureNode(ts.tsp, typeSpecArgs(path.join(tspDir, "main.tsp"), path.join(tspDir, "out")), { cwd: tspDir, node: ts.node }).then((r) =>
    check("tsp compile", r),
  );
/** Set once in main(): { node, tsp, version } or { skipped }. */
let TYPESPEC = { skipped: "--no-typespec" };

function medianPhases(list) {
  const names = [...new Set(list.flatMap((p) => Object.keys(p)))];
  return Object.fromEntries(names.map((n) => [n, round(median(list.map((p) => p[n])))]));
}

const round = (v, digits = 1) => (Number.isFinite(v) ? Number(v.toFixed(digits)) : v);

/**
 * One size: an optional warm-up (file cache, lazy node_modules loads), `runs`
 * alternating runs of specloom and tsc, then `edits` watch-mode edits.
 */
async function measureSize(entities, runs, edits, warmup) {
  const dir = path.join(BENCH_DIR, `n${entities}`);
  const shape = generateProject(dir, entities, AUTHORING_TYPES);
  const tspDir = `${dir}-typespec`;
  const withTypeSpec = !TYPESPEC.skipped;
  if (withTypeSpec) generateTypeSpecProject(tspDir, entities, TYPESPEC);
  log(`N=${entities}: ${shape.operations} operations in ${shape.files} files at ${path.relative(ROOT, dir)}${warmup ? "; warm-up…" : ""}`);
  const tools = [
    { name: "specloom", run: () => runSpecloom(dir), results: [] },
    { name: "tsc", run: () => runTsc(dir), results: [] },
    ...(withTypeSpec ? [{ name: "TypeSpec", run: () => runTypeSpec(TYPESPEC, tspDir), results: [] }] : []),
  ];
  if (warmup) for (const tool of tools) await tool.run();
  for (let r = 0; r < runs; r++) {
    // Rotate the order so no tool always runs on a warmer (or busier) machine.
    for (let k = 0; k < tools.length; k++) {
      const tool = tools[(r + k) % tools.length];
      tool.results.push(await tool.run());
    }
    const line = tools.map(({ name, results }) => {
      const x = results.at(-1);
      return `${name} ${x.ms.toFixed(0)} ms (CPU ${x.cpuMs.toFixed(0)} ms, ${x.rssMiB.toFixed(0)} MiB)`;
    });
    log(`N=${entities} run ${r + 1}/${runs}: ${line.join(", ")}`);
  }
  const [sl, ts, tsp = []] = tools.map((t) => t.results);
  const artifacts = fs
    .readdirSync(path.join(dir, "docs", "technical"))
    .filter((f) => !PREREQUISITES.includes(f))
    .sort();
  const missing = EXPECTED_ARTIFACTS.filter((f) => !artifacts.includes(f));
  if (missing.length > 0) log(`warning: this build of specloom does not write ${missing.join(", ")}; figures cover ${artifacts.join(", ")}`);
  let inc = { times: [], artifacts: [], file: undefined, cycles: [] };
  let incrementalError;
  if (edits > 0) {
    log(`N=${entities}: watch mode, ${edits} edits…`);
    // A rebuild may take as long as a full build; on a busy machine that is minutes.
    const timeoutMs = Math.max(5 * 60_000, 3 * Math.max(...sl.map((r) => r.ms)));
    try {
      inc = await measureIncremental({ cli: CLI, dir, entities, edits, timeoutMs });
    } catch (e) {
      // Keep the full-build figures; the caller reports the failure and exits non-zero.
      incrementalError = e instanceof Error ? e.message : String(e);
      log(`N=${entities}: watch measurement failed: ${incrementalError}`);
    }
  }
  const specloomMs = median(sl.map((r) => r.ms));
  const tscMs = median(ts.map((r) => r.ms));
  const specloomCpuMs = median(sl.map((r) => r.cpuMs));
  const tscCpuMs = median(ts.map((r) => r.cpuMs));
  const specloomRssMiB = Math.max(...sl.map((r) => r.rssMiB));
  const tscRssMiB = Math.max(...ts.map((r) => r.rssMiB));
  const row = {
    entities,
    operations: shape.operations,
    runs,
    specloomMs: round(specloomMs),
    tscMs: round(tscMs),
    ratio: round(specloomMs / tscMs, 2),
    specloomCpuMs: round(specloomCpuMs),
    tscCpuMs: round(tscCpuMs),
    cpuRatio: round(specloomCpuMs / tscCpuMs, 2),
    specloomRssMiB: round(specloomRssMiB),
    tscRssMiB: round(tscRssMiB),
    rssRatio: round(specloomRssMiB / tscRssMiB, 2),
    ...typeSpecFigures(tsp, specloomMs, specloomCpuMs),
    incrementalMs: round(median(inc.times)),
    incrementalEdits: inc.times.length,
    incrementalMaxMs: inc.times.length ? round(Math.max(...inc.times)) : NaN,
    phases: medianPhases(sl.map((r) => parsePhases(r.stderr))),
    incrementalPhases: medianPhases(inc.cycles),
    artifacts,
    missingArtifacts: missing,
    editedFile: inc.file,
    editedArtifacts: inc.artifacts,
    ...(incrementalError ? { incrementalError } : {}),
  };
  // Each size's figures as soon as they exist: a long --scaling run that is cut short still leaves them in the log.
  log(`N=${entities} result: ${JSON.stringify(row)}`);
  return row;
}

/** TypeSpec's figures and specloom's speed-up over it (TypeSpec time / specloom time), or why they are missing. */
function typeSpecFigures(runs, specloomMs, specloomCpuMs) {
  if (runs.length === 0) return { typespecSkipped: TYPESPEC.skipped };
  const ms = median(runs.map((r) => r.ms));
  const cpuMs = median(runs.map((r) => r.cpuMs));
  return {
    typespecVersion: TYPESPEC.version,
    typespecNode: TYPESPEC.nodeVersion,
    typespecMs: round(ms),
    typespecCpuMs: round(cpuMs),
    typespecRssMiB: round(Math.max(...runs.map((r) => r.rssMiB))),
    typespecSpeedup: round(ms / specloomMs, 2),
    typespecCpuSpeedup: round(cpuMs / specloomCpuMs, 2),
  };
}

async function profile(entities) {
  const dir = path.join(BENCH_DIR, `n${entities}`);
  if (!fs.existsSync(path.join(dir, "specloom.config.json"))) generateProject(dir, entities, AUTHORING_TYPES);
  const profDir = path.join(BENCH_DIR, "prof");
  fs.rmSync(profDir, { recursive: true, force: true });
  log(`N=${entities}: CPU profile of specloom build → ${path.relative(ROOT, profDir)}`);
  const result = check(
    "specloom build --cpu-prof",
    await measureNode(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${profDir}`, CLI, "build", ".", "--verbose"], { cwd: dir }),
  );
  const file = fs.readdirSync(profDir).find((f) => f.endsWith(".cpuprofile"));
  const analysis = analyseProfile(JSON.parse(fs.readFileSync(path.join(profDir, file), "utf8")));
  return { file: path.join(profDir, file), wallMs: round(result.ms), phases: parsePhases(result.stderr), analysis };
}

async function main() {
  const opts = options(ROOT);
  CLI = path.join(opts.specloomRoot, "packages", "cli", "dist", "bin.js");
  AUTHORING_TYPES = path.join(opts.specloomRoot, "packages", "specloom", "dist", "index.d.ts");
  for (const [file, hint] of [
    [CLI, "run `npm run build` first"],
    [AUTHORING_TYPES, "run `npm run build` first"],
    [TSC, "run `npm ci` first"],
  ]) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: ${hint}`);
  }
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  if (opts.typespec) {
    TYPESPEC = ensureTypeSpec(process.env.SPECLOOM_BENCH_CACHE ?? path.join(ROOT, "node_modules", ".cache", "specloom-bench", "typespec"), log);
    if (TYPESPEC.skipped) log(`TypeSpec is not measured: ${TYPESPEC.skipped}`);
  }
  if (opts.scalingOnly) {
    // Scaling rows alone (e.g. to spread sizes over several processes); no main figures, no targets.
    const rows = [];
    for (const n of opts.sizes) rows.push(await measureSize(n, opts.scalingRuns, opts.scalingEdits, opts.warmup));
    const scaling = { rows, summary: rows.length > 1 ? scalingSummary(rows) : undefined };
    process.stdout.write(`${JSON.stringify(scaling, null, 2)}\n`);
    if (rows.some((r) => r.incrementalError)) process.exitCode = 1;
    return;
  }
  const main = await measureSize(opts.entities, opts.runs, opts.edits, opts.warmup);
  let scaling;
  if (opts.scaling) {
    // The main run warmed the caches of everything but the freshly written sources.
    const rows = [];
    for (const n of opts.sizes) rows.push(n === opts.entities ? main : await measureSize(n, opts.scalingRuns, opts.scalingEdits, false));
    scaling = { rows, summary: scalingSummary(rows) };
  }
  const prof = opts.profile ? await profile(opts.entities) : undefined;
  if (opts.json) {
    const strip = ({ phases, incrementalPhases, artifacts, missingArtifacts, editedFile, editedArtifacts, ...row }) => row;
    const out = {
      ...main,
      targets: targetsMet(main, scaling),
      ...(scaling ? { scaling: scaling.rows.map(strip), scalingSummary: scaling.summary } : {}),
      ...(prof
        ? {
            profile: {
              file: prof.file,
              wallMs: prof.wallMs,
              totalMs: round(prof.analysis.totalMs),
              top: prof.analysis.functions.slice(0, 30),
              packages: prof.analysis.packages.slice(0, 20),
            },
          }
        : {}),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    process.stdout.write(`${report(main, scaling, prof)}\n`);
  }
  if ([main, ...(scaling?.rows ?? [])].some((r) => r.incrementalError)) process.exitCode = 1;
}

main().catch((e) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
