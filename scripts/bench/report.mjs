/** The benchmark's targets (issue 17) and its human-readable report; `--json` prints the same figures as one object. */
import { formatAnalysis } from "./profile.mjs";

export const TARGETS = { ratio: 1.3, rssRatio: 1.5, incrementalMs: 150, typespecSpeedup: 3, scalingExponent: 1.1 };

const fmt = (v, d = 0) => (Number.isFinite(v) ? v.toFixed(d) : "n/a");
const verdict = (ok) => (ok ? "ok" : "MISSED");

/** Whether each target is met by the main row (and the scaling fit, when measured). */
export function targetsMet(main, scaling) {
  const met = {
    ratio: { target: TARGETS.ratio, value: main.ratio, met: main.ratio <= TARGETS.ratio },
    rssRatio: { target: TARGETS.rssRatio, value: main.rssRatio, met: main.rssRatio <= TARGETS.rssRatio },
    incrementalMs: { target: TARGETS.incrementalMs, value: main.incrementalMs, met: main.incrementalMs <= TARGETS.incrementalMs },
  };
  if (Number.isFinite(main.typespecSpeedup)) {
    met.typespecSpeedup = { target: TARGETS.typespecSpeedup, value: main.typespecSpeedup, met: main.typespecSpeedup >= TARGETS.typespecSpeedup };
  }
  const exponent = scaling?.summary?.specloom?.exponent;
  if (Number.isFinite(exponent)) met.scalingExponent = { target: TARGETS.scalingExponent, value: exponent, met: exponent <= TARGETS.scalingExponent };
  return met;
}

function typeSpecLines(main) {
  if (main.typespecSkipped) return [`  TypeSpec: not measured (${main.typespecSkipped})`];
  if (!Number.isFinite(main.typespecMs)) return [];
  return [
    `  TypeSpec ${main.typespecVersion} (OpenAPI only, Node ${main.typespecNode}):`,
    `    wall ${fmt(main.typespecMs)} ms, CPU ${fmt(main.typespecCpuMs)} ms, peak RSS ${fmt(main.typespecRssMiB)} MiB;` +
      ` specloom (all artifacts) is ${fmt(main.typespecSpeedup, 2)}× faster   target ≥ ${TARGETS.typespecSpeedup}×  ${verdict(main.typespecSpeedup >= TARGETS.typespecSpeedup)}`,
  ];
}

function scalingLines(scaling) {
  const lines = ["", "Scaling:", "      N    ops   specloom ms   tsc ms   ratio   sl RSS MiB   tsc RSS MiB   watch ms   TypeSpec ms   runs"];
  for (const r of scaling.rows) {
    lines.push(
      `  ${String(r.entities).padStart(5)}  ${String(r.operations).padStart(5)}  ${fmt(r.specloomMs).padStart(12)}  ${fmt(r.tscMs).padStart(7)}  ${fmt(r.ratio, 2).padStart(6)}  ${fmt(r.specloomRssMiB).padStart(11)}  ${fmt(r.tscRssMiB).padStart(12)}  ${fmt(r.incrementalMs).padStart(9)}  ${fmt(r.typespecMs).padStart(12)}  ${String(r.runs).padStart(5)}`,
    );
  }
  for (const [tool, s] of Object.entries(scaling.summary)) {
    lines.push(
      `  ${tool}: time ∝ N^${fmt(s.exponent, 2)}; ≈ ${fmt(s.fixedMs)} ms + ${fmt(s.msPerEntity, 2)} ms/entity (R² ${fmt(s.r2, 3)}); time(${scaling.rows.at(-1).entities}) / time(${scaling.rows[0].entities}) is ${fmt(s.growthVsLinear, 2)}× of linear`,
    );
  }
  const e = scaling.summary.specloom.exponent;
  lines.push(`  specloom scaling exponent ${fmt(e, 2)}   target ≤ ${TARGETS.scalingExponent}  ${verdict(e <= TARGETS.scalingExponent)}`);
  return lines;
}

export function report(main, scaling, prof) {
  const lines = [
    `specloom benchmark: N=${main.entities} entities, ${main.operations} operations, median of ${main.runs} runs (${new Date().toISOString()})`,
    `artifacts: ${main.artifacts.join(", ")}${main.missingArtifacts.length ? `  (not produced by this build: ${main.missingArtifacts.join(", ")})` : ""}`,
    "",
    "                      specloom build   tsc --noEmit   ratio   target",
    `  wall time (ms)      ${fmt(main.specloomMs).padStart(14)}   ${fmt(main.tscMs).padStart(12)}   ${fmt(main.ratio, 2).padStart(5)}   ≤ ${TARGETS.ratio}  ${verdict(main.ratio <= TARGETS.ratio)}`,
    `  CPU time (ms)       ${fmt(main.specloomCpuMs).padStart(14)}   ${fmt(main.tscCpuMs).padStart(12)}   ${fmt(main.cpuRatio, 2).padStart(5)}`,
    `  peak RSS (MiB)      ${fmt(main.specloomRssMiB).padStart(14)}   ${fmt(main.tscRssMiB).padStart(12)}   ${fmt(main.rssRatio, 2).padStart(5)}   ≤ ${TARGETS.rssRatio}  ${verdict(main.rssRatio <= TARGETS.rssRatio)}`,
    `  watch rebuild after editing ${main.editedFile}: median ${fmt(main.incrementalMs)} ms, max ${fmt(main.incrementalMaxMs)} ms over ${main.incrementalEdits} edits   target ≤ ${TARGETS.incrementalMs} ms  ${verdict(main.incrementalMs <= TARGETS.incrementalMs)}`,
    ...typeSpecLines(main),
    "",
    "  phase (median ms)        full build   watch rebuild",
  ];
  for (const phase of new Set([...Object.keys(main.phases), ...Object.keys(main.incrementalPhases)])) {
    lines.push(`  ${phase.padEnd(22)} ${fmt(main.phases[phase], 1).padStart(12)}   ${fmt(main.incrementalPhases[phase], 1).padStart(13)}`);
  }
  if (scaling) lines.push(...scalingLines(scaling));
  if (prof) lines.push("", `CPU profile (${prof.file}), wall ${fmt(prof.wallMs)} ms:`, formatAnalysis(prof.analysis, 30));
  return lines.join("\n");
}
