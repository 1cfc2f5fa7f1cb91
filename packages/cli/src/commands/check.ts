/** `specloom check`: front end and checker diagnostics; never writes. */
import type { CliOptions } from "../args";
import { runPipeline } from "../pipeline";
import type { Reporter } from "../report";
import { watchProject } from "../watch";

export async function checkCommand(options: CliOptions, reporter: Reporter): Promise<number> {
  if (options.watch) return watchProject(options, reporter, "check");
  const result = await runPipeline({ projectDir: options.dir, mode: "check", lang: options.lang, strict: options.strict, onPhase: reporter.progress() });
  reporter.diagnostics(result.diagnostics, result.projectDir);
  reporter.timings(result.timings);
  reporter.summary(result.diagnostics, result.exitCode === 0 && result.diagnostics.length === 0 ? "No problems found." : undefined);
  return result.exitCode;
}
