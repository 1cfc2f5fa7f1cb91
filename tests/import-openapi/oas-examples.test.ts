/**
 * Issue 14's proof on real documents: every OpenAPI 3.x document of
 * @readme/oas-examples is imported, built in process (one TypeScript program
 * reused across documents) and compared with its source by `compareOpenApi`.
 * A document that does not round-trip is listed in oas-examples.expected.json
 * with the importer's warnings by kind (what the DSL cannot express yet) and
 * the number of differences, so the file shows the DSL's progress. Rewrite it
 * with UPDATE_GOLDEN=1 and review the diff.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { roundTripOpenApi, type RoundTripResult } from "@specloom/cli";
import type { Diagnostic } from "@specloom/core";
import { REPO_ROOT, updatingGolden } from "@specloom/test-support";

const EXAMPLES = path.dirname(require.resolve("@readme/oas-examples/package.json"));
const EXPECTED = path.join(__dirname, "oas-examples.expected.json");

/**
 * `different (2 differences): SL7021 'allOf' (dropped); SL7023 integer without a format (approximate)`: the outcome,
 * how far off, and the importer's warnings by kind (what the DSL cannot express yet), as `npm run corpus` classes them.
 */
type Listed = string;

/** The corpus runner's classifier (a CommonJS script), so both list the importer's warnings alike. */
const classify = require(path.join(REPO_ROOT, "scripts/corpus/classify.cjs")) as { diagnosticClass: (d: { code: string; message: string }) => string };

/** `SL7019 'not' cannot be expressed in the specloom DSL and is not imported: …` → `SL7019 'not' (dropped)`. */
const reason = (d: Diagnostic): string =>
  classify
    .diagnosticClass(d)
    .replace(/ cannot be expressed in the specloom DSL and is not imported(:.*)?$/, " (dropped)")
    .replace(/ is imported approximately(:.*)?$/, " (approximate)");

function documents(): string[] {
  return ["3.0", "3.1"].flatMap((v) =>
    fs
      .readdirSync(path.join(EXAMPLES, v, "json"))
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => `${v}/json/${f}`),
  );
}

function listed(r: RoundTripResult): Listed {
  const errors = r.buildDiagnostics.filter((d) => d.severity === "error").map((d) => `${d.code} ${d.message}`);
  const reasons = [...new Set(r.importDiagnostics.map(reason))].sort().join("; ");
  const size = r.outcome === "different" ? ` (${r.differences.length} difference${r.differences.length === 1 ? "" : "s"})` : "";
  return `${r.outcome}${size}: ${reasons || "no importer warning"}${errors.length > 0 ? `; build errors: ${errors.join(" | ")}` : ""}`;
}

test("every @readme/oas-examples 3.x document imports, builds and round-trips, or is listed with the reason", async () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "specloom-oas-examples-"));
  const actual: Record<string, Listed> = {};
  let program: RoundTripResult["program"];
  try {
    for (const [i, doc] of documents().entries()) {
      const r = await roundTripOpenApi(path.join(EXAMPLES, doc), { workDir: path.join(work, String(i)), ...(program ? { oldProgram: program } : {}) });
      program = r.program ?? program;
      if (r.outcome !== "equal") actual[doc] = listed(r);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  if (updatingGolden()) fs.writeFileSync(EXPECTED, `${JSON.stringify(actual, null, 2)}\n`);
  const expected = JSON.parse(fs.readFileSync(EXPECTED, "utf8")) as Record<string, Listed>;
  expect(actual).toEqual(expected);
  for (const [doc, entry] of Object.entries(actual)) {
    // Every document is valid: it imports and builds; a difference is always explained by a warning of the importer.
    expect({ doc, entry }).toEqual({ doc, entry: expect.stringMatching(/^different \(\d+ differences?\): SL7\d{3} /) as string });
  }
});
