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
import { loadOpenApi, openApiToProject } from "@specloom/importer";
import { buildOpenApi, serializeJson } from "@specloom/emitter-openapi";
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
  /** A scratch folder for the imported project, which must not exist yet (the caller removes it). */
  readonly workDir: string;
  readonly oldProgram?: PipelineResult["program"];
}

export async function roundTripOpenApi(source: string, options: RoundTripOptions): Promise<RoundTripResult> {
  const empty = { importDiagnostics: [], buildDiagnostics: [], differences: [] };
  const loaded = await loadOpenApi(source, path.basename(source));
  if (!loaded.ok) return { ...empty, outcome: "import-failed", importDiagnostics: loaded.diagnostics };
  const imported = await openApiToProject(loaded.loaded, path.basename(source), "imported-api", { format: false });
  if (hasErrors(imported.diagnostics)) return { ...empty, outcome: "import-failed", importDiagnostics: imported.diagnostics };

  for (const file of [...imported.files, ...starterDocs(imported.projectName, false)]) {
    const target = path.join(options.workDir, file.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.content, { flag: "wx" });
  }
  // `check` runs everything a build does before the emitters; only the OpenAPI document is needed, built like the emitter does.
  const built = await runPipeline({
    projectDir: options.workDir,
    mode: "check",
    incremental: true,
    ...(options.oldProgram ? { oldProgram: options.oldProgram } : {}),
  });
  const base = { importDiagnostics: imported.diagnostics, buildDiagnostics: built.diagnostics, ...(built.program ? { program: built.program } : {}) };
  if (built.exitCode !== 0 || !built.ir || !built.config) return { ...base, outcome: "build-failed", differences: [] };
  const emitted = JSON.parse(serializeJson(buildOpenApi(built.ir, built.config))) as unknown;
  const differences = compareOpenApi(loaded.loaded.doc, emitted);
  return { ...base, outcome: differences.length === 0 ? "equal" : "different", differences };
}
