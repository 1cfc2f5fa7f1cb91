/**
 * The OpenAPI importer's proof: import a document, build the project in
 * process, and compare the built openapi.json with the source semantically
 * (`compareOpenApi`). Tests and `npm run corpus` run it on real documents; a
 * caller running many passes the previous run's program, so the TypeScript lib
 * and the authoring package are parsed once.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { hasErrors, type Diagnostic } from "@specloom/core";
import { compareOpenApi, type OpenApiDifference } from "@specloom/model";
import { importOpenApi, loadOpenApi } from "@specloom/importer";
import { runPipeline, type PipelineResult } from "./pipeline";
import { starterDocs } from "./templates/docs";

export interface RoundTripResult {
  /** The first stage that failed, or "equal". */
  readonly outcome: "import-failed" | "build-failed" | "different" | "equal";
  readonly importDiagnostics: readonly Diagnostic[];
  readonly buildDiagnostics: readonly Diagnostic[];
  readonly differences: readonly OpenApiDifference[];
  /** Pass to the next call as `oldProgram`. */
  readonly program?: PipelineResult["program"];
}

export interface RoundTripOptions {
  /** An empty scratch folder for the imported project (emptied first). */
  readonly workDir: string;
  readonly oldProgram?: PipelineResult["program"];
}

export async function roundTripOpenApi(source: string, options: RoundTripOptions): Promise<RoundTripResult> {
  const empty = { importDiagnostics: [], buildDiagnostics: [], differences: [] };
  const loaded = await loadOpenApi(source, path.basename(source));
  if (!loaded.ok) return { ...empty, outcome: "import-failed", importDiagnostics: loaded.diagnostics };
  const imported = await importOpenApi(source, path.basename(source), "imported-api");
  if (hasErrors(imported.diagnostics)) return { ...empty, outcome: "import-failed", importDiagnostics: imported.diagnostics };

  fs.rmSync(options.workDir, { recursive: true, force: true });
  for (const file of [...imported.files, ...starterDocs(imported.projectName, false)]) {
    const target = path.join(options.workDir, file.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // Only OpenAPI is compared: the other emitters need not run.
    const content = file.path === "specloom.config.json" ? JSON.stringify({ ...JSON.parse(file.content), emit: ["openapi"] }, null, 2) : file.content;
    fs.writeFileSync(target, content);
  }
  const built = await runPipeline({ projectDir: options.workDir, mode: "build", incremental: true, ...(options.oldProgram ? { oldProgram: options.oldProgram } : {}) });
  const base = { importDiagnostics: imported.diagnostics, buildDiagnostics: built.diagnostics, ...(built.program ? { program: built.program } : {}) };
  const json = built.files.find((f) => f.path === "openapi.json");
  if (built.exitCode !== 0 || !json) return { ...base, outcome: "build-failed", differences: [] };
  const differences = compareOpenApi(loaded.loaded.doc, JSON.parse(json.content));
  return { ...base, outcome: differences.length === 0 ? "equal" : "different", differences };
}
