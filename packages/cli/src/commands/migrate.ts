/**
 * `specloom migrate --name NAME`: the schema changes since the last migration
 * as migrations/<NNNN>_<NAME>/{up.sql,down.sql,snapshot.json,lint.json}, written
 * atomically, with the safety lint. `--check`: exit 1 when the spec changed
 * but no migration was generated (CI).
 */
import * as path from "node:path";
import { createDiagnostic, exitCodeFor, sortDiagnostics, type Diagnostic } from "@specloom/core";
import { MIGRATIONS_DIR, migrateDiagnostics, planProjectMigration, validMigrationName } from "@specloom/migrate";
import type { CliOptions } from "../args";
import { runPipeline } from "../pipeline";
import type { Reporter } from "../report";
import { writeAtomic } from "../write-atomic";

export async function migrateCommand(options: CliOptions, reporter: Reporter): Promise<number> {
  const name = options.name ?? "check";
  if (!validMigrationName(name)) {
    const detail = `Invalid migration name '${name}'; use letters, digits, '-' and '_' (at most 80), e.g. 'add-bio'.`;
    reporter.diagnostics([createDiagnostic("cli-usage", { detail })], process.cwd());
    return 2;
  }
  const result = await runPipeline({ projectDir: options.dir, mode: "check", onPhase: reporter.progress() });
  const finish = (diagnostics: readonly Diagnostic[], exitCode: number, success?: string) => {
    reporter.diagnostics(diagnostics, result.projectDir);
    reporter.timings(result.timings);
    reporter.summary(diagnostics, success);
    return exitCode;
  };
  if (result.exitCode !== 0 || !result.ir || !result.config) return finish(result.diagnostics, result.exitCode);

  const plan = planProjectMigration(result.projectDir, result.ir, result.config, name);
  const since = plan.last ? `migration ${plan.last.id}` : "the start (no migrations yet)";
  const found = sortDiagnostics([...result.diagnostics, ...plan.readDiagnostics, ...plan.diagnostics]);
  if (plan.readDiagnostics.length > 0) return finish(found, exitCodeFor(found));
  if (options.check) {
    if (plan.up.length === 0)
      return finish(
        result.diagnostics,
        exitCodeFor(result.diagnostics),
        `The migrations are up to date with the spec (last: ${plan.last?.id ?? "none"}).`,
      );
    const pending = [...result.diagnostics, migrateDiagnostics.create("migrate-pending", { last: since })];
    return finish(pending, 1);
  }
  if (plan.up.length === 0) return finish(found, exitCodeFor(found, options.strict), `No schema changes since ${since}; nothing written.`);
  // --strict: a lint finding stops the migration before anything is written.
  const exitCode = exitCodeFor(found, options.strict);
  if (exitCode !== 0) return finish(found, exitCode);
  const dir = path.join(result.projectDir, MIGRATIONS_DIR, plan.id);
  const write = writeAtomic(dir, plan.files);
  const all = sortDiagnostics([...found, ...write.diagnostics]);
  const shown = path.relative(process.cwd(), dir) || ".";
  const lint = plan.diagnostics.length > 0 ? ` Review the ${plan.diagnostics.length} finding${plan.diagnostics.length === 1 ? "" : "s"} above.` : "";
  return finish(
    all,
    exitCodeFor(all, options.strict),
    `Wrote ${shown}/{up.sql,down.sql,snapshot.json,lint.json}: ${plan.up.length} change${plan.up.length === 1 ? "" : "s"}.${lint}`,
  );
}
