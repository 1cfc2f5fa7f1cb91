/**
 * The corpus runner's summary (written as JSON) and its report (printed): the rates, then why the rest failed,
 * as classes with counts: round-trip differences, importer warnings (the DSL's gaps), build errors, crashes and
 * timeouts. The classes come from `classify.cjs`; the closing note of issue 14 lists them.
 */
const { rankClasses } = require("./classify.cjs");

const pct = (k, n) => (n === 0 ? 0 : Math.round((1000 * k) / n) / 10);

/** Codes across documents, most frequent first: `[{ code, documents }]`. */
function countCodes(lists) {
  const m = new Map();
  for (const list of lists) for (const c of new Set(list)) m.set(c, (m.get(c) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([code, documents]) => ({ code, documents }));
}

function summarize(results, { package: pkg, selection }) {
  const n = results.length;
  const imported = results.filter((r) => ["build-failed", "different", "equal"].includes(r.outcome)).length;
  const built = results.filter((r) => ["different", "equal"].includes(r.outcome)).length;
  const equal = results.filter((r) => r.outcome === "equal").length;
  const outcomes = {};
  for (const r of results) outcomes[r.outcome] = (outcomes[r.outcome] ?? 0) + 1;
  const notEqual = results.filter((r) => r.outcome !== "equal");
  return {
    package: pkg,
    selection,
    documents: n,
    rates: { import: pct(imported, n), build: pct(built, n), roundTrip: pct(equal, n) },
    counts: { imported, built, roundTripped: equal, ...outcomes },
    // Why documents that built did not round-trip; `onlyClass`: documents where this is the only class.
    differenceClasses: rankClasses(
      results.filter((r) => r.outcome === "different").map((r) => r.differenceClasses),
      40,
    ),
    // The importers' warnings in documents that did not round-trip: what the DSL cannot express yet.
    importGapClasses: rankClasses(
      notEqual.map((r) => r.gapClasses),
      30,
    ),
    topImportCodes: countCodes(notEqual.map((r) => r.codes ?? [])).slice(0, 20),
    buildErrorClasses: rankClasses(
      results.map((r) => r.errorClasses),
      20,
    ),
    topBuildErrorCodes: countCodes(results.map((r) => r.buildErrors ?? [])),
    slowest: [...results]
      .sort((a, b) => (b.ms ?? 0) - (a.ms ?? 0))
      .slice(0, 5)
      .map((r) => ({ doc: r.doc, ms: r.ms })),
    // Every document's outcome, so that a subset (`--sample 8` is every 8th) can be compared between runs.
    outcomes: Object.fromEntries(results.map((r) => [r.doc, r.outcome === "different" ? `different (${r.differences})` : r.outcome])),
    // Each differing document's classes, so that "which documents would a fix of class X bring back" can be answered.
    classesByDocument: Object.fromEntries(results.filter((r) => r.outcome === "different").map((r) => [r.doc, r.differenceClasses])),
    failures: results
      .filter((r) => r.outcome !== "equal" && r.outcome !== "different")
      .map(({ doc, outcome, ms, buildErrors, detail }) => ({ doc, outcome, ms, ...(buildErrors ? { buildErrors } : {}), ...(detail ? { detail } : {}) })),
  };
}

function classLines(ranked, withOnly) {
  const lines = ranked.top.map(
    (c) =>
      `  ${String(c.documents).padStart(5)} docs ${String(c.occurrences).padStart(7)}x${withOnly ? ` ${String(c.onlyClass).padStart(4)} only` : ""}  ${c.class}`,
  );
  if (ranked.distinct > ranked.top.length) lines.push(`  … ${ranked.distinct - ranked.top.length} more classes`);
  return lines.length > 0 ? lines : ["  none"];
}

/** The printed report: rates first, then each kind of failure with its classes. */
function formatReport(s, out) {
  const c = s.counts;
  const lines = [
    `${s.package}: ${s.documents} OpenAPI 3.x documents${s.selection ? ` (${s.selection})` : ""}`,
    `  import ${s.rates.import} % (${c.imported})   build ${s.rates.build} % (${c.built})   round trip ${s.rates.roundTrip} % (${c.roundTripped})`,
    `  outcomes: ${Object.entries(c)
      .filter(([k]) => !["imported", "built", "roundTripped"].includes(k))
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
    "",
    "Round-trip differences by class (documents, occurrences, documents where it is the only class):",
    ...classLines(s.differenceClasses, true),
    "",
    "Import gaps (SL7xxx warnings) in documents that did not round-trip, by class:",
    ...classLines(s.importGapClasses, false),
    "",
    `Build errors by code: ${s.topBuildErrorCodes.map((e) => `${e.code} ${e.documents}`).join(", ") || "none"}`,
    ...(s.buildErrorClasses.top.length > 0 ? classLines(s.buildErrorClasses, false) : []),
    "",
    `Documents that did not import, build or finish: ${s.failures.length} (crashed or timed out: ${s.failures.filter((f) => f.outcome === "crashed" || f.outcome === "timeout").length})`,
    ...s.failures.filter((f) => f.outcome === "crashed" || f.outcome === "timeout").map((f) => `  ${f.outcome} ${f.doc} ${f.detail ?? ""}`.trimEnd()),
    ...s.failures
      .filter((f) => f.outcome === "build-failed" || f.outcome === "import-failed")
      .map((f) => `  ${f.outcome} ${f.doc} ${(f.buildErrors ?? []).join(" ")}`),
    "",
    `Summary: ${out}`,
  ];
  return `${lines.join("\n")}\n`;
}

module.exports = { summarize, formatReport };
