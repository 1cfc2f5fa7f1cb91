/** The corpus runner's worker: one round trip per message, reusing the TypeScript program between documents. */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { roundTripOpenApi } = require("../../packages/cli/dist");
const { countClasses, diagnosticClass, differenceClass } = require("./classify.cjs");

/** The importers' warnings (SL7xxx): what the DSL cannot express, or expresses approximately. */
const isImportGap = (d) => d.severity === "warning" && /^SL7\d/.test(d.code);

const work = fs.mkdtempSync(path.join(os.tmpdir(), "specloom-corpus-"));
let program;
process.on("exit", () => fs.rmSync(work, { recursive: true, force: true }));
process.on("message", async ({ file, index }) => {
  const started = Date.now();
  const dir = path.join(work, String(index));
  try {
    const r = await roundTripOpenApi(file, { workDir: dir, ...(program ? { oldProgram: program } : {}) });
    program = r.program ?? program;
    const diagnostics = [...r.importDiagnostics, ...r.buildDiagnostics];
    const errors = diagnostics.filter((d) => d.severity === "error");
    process.send({
      outcome: r.outcome,
      ms: Date.now() - started,
      codes: [...new Set(diagnostics.filter(isImportGap).map((d) => d.code))].sort(),
      buildErrors: [...new Set(errors.map((d) => d.code))].sort(),
      differences: r.differences.length,
      differenceClasses: countClasses(r.differences, differenceClass),
      gapClasses: countClasses(diagnostics.filter(isImportGap), diagnosticClass),
      errorClasses: countClasses(errors, diagnosticClass),
    });
  } catch (e) {
    process.send({ outcome: "crashed", ms: Date.now() - started, detail: String(e && e.stack ? e.stack.split("\n").slice(0, 3).join(" ") : e) });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
