/** `specloom diff --base REF|IR-FILE|OPENAPI-FILE`: API and database changes, breaking or not; exit 1 on breaking ones unless --allow-breaking. */
import { buildOpenApi, serializeJson } from "@specloom/emitter-openapi";
import { diffOpenApiSpecs, diffSpecs, renderDiffJson, renderDiffMarkdown, renderDiffText } from "@specloom/migrate";
import { exitCodeFor } from "@specloom/core";
import type { CliOptions } from "../args";
import { runPipeline } from "../pipeline";
import type { Reporter } from "../report";
import { loadDiffBase } from "./diff-base";

export async function diffCommand(options: CliOptions, reporter: Reporter): Promise<number> {
  const head = await runPipeline({ projectDir: options.dir, mode: "check", onPhase: reporter.progress() });
  if (head.exitCode !== 0 || !head.ir || !head.config) {
    reporter.diagnostics(head.diagnostics, head.projectDir);
    reporter.summary(head.diagnostics);
    return head.exitCode;
  }
  const base = await loadDiffBase(head.projectDir, options.base!, head.config);
  const { ir, config } = head;
  let diff;
  // An older OpenAPI document: the current spec's own document against it, API side only.
  if (base.openapi !== undefined)
    diff = diffOpenApiSpecs({ document: base.openapi, label: base.label }, JSON.parse(serializeJson(buildOpenApi(ir, config))) as unknown);
  else if (base.ir && base.config) diff = diffSpecs({ ir: base.ir, config: base.config, label: base.label }, { ir, config });
  else {
    reporter.diagnostics(base.diagnostics, head.projectDir);
    return exitCodeFor(base.diagnostics);
  }
  const render = options.format === "json" ? renderDiffJson : options.format === "markdown" ? renderDiffMarkdown : renderDiffText;
  process.stdout.write(render(diff));
  return diff.breaking > 0 && !options.allowBreaking ? 1 : 0;
}
