/** The corpus runner's worker: one round trip per message, reusing the TypeScript program between documents. */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { roundTripOpenApi } = require("../../packages/cli/dist");

const work = fs.mkdtempSync(path.join(os.tmpdir(), "specloom-corpus-"));
let program;
process.on("exit", () => fs.rmSync(work, { recursive: true, force: true }));
process.on("message", async ({ file, index }) => {
  const started = Date.now();
  const dir = path.join(work, String(index));
  try {
    const r = await roundTripOpenApi(file, { workDir: dir, ...(program ? { oldProgram: program } : {}) });
    program = r.program ?? program;
    process.send({
      outcome: r.outcome,
      ms: Date.now() - started,
      codes: [
        ...new Set([...r.importDiagnostics, ...r.buildDiagnostics].filter((d) => d.severity === "warning" && /^SL70/.test(d.code)).map((d) => d.code)),
      ].sort(),
      buildErrors: [...new Set([...r.importDiagnostics, ...r.buildDiagnostics].filter((d) => d.severity === "error").map((d) => d.code))].sort(),
      differences: r.differences.length,
    });
  } catch (e) {
    process.send({ outcome: "crashed", ms: Date.now() - started, detail: String(e && e.stack ? e.stack.split("\n").slice(0, 3).join(" ") : e) });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
