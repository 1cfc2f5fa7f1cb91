/** The CLI entry: parse, dispatch, and turn any unexpected exception into an internal-error diagnostic. */
import { createDiagnostic } from "@specloom/core";
import { HELP_TEXT, parseCliArgs } from "./args";
import { buildCommand } from "./commands/build";
import { checkCommand } from "./commands/check";
import { diffCommand } from "./commands/diff";
import { importCommand } from "./commands/import";
import { initCommand } from "./commands/init";
import { migrateCommand } from "./commands/migrate";
import { Reporter } from "./report";
import { version } from "./version";

export { version };

/** Runs the CLI with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    const reporter = new Reporter({ format: parsed.format, quiet: false, verbose: false });
    reporter.diagnostics([parsed.diagnostic], process.cwd());
    return 2;
  }
  const options = parsed.options;
  const reporter = new Reporter({ format: options.format, quiet: options.quiet, verbose: options.verbose, strict: options.strict });
  try {
    if (options.help) {
      process.stdout.write(HELP_TEXT);
      return 0;
    }
    if (options.version) {
      process.stdout.write(`${version()}\n`);
      return 0;
    }
    switch (options.command) {
      case "build":
        return await buildCommand(options, reporter);
      case "check":
        return await checkCommand(options, reporter);
      case "init":
        return initCommand(options, reporter);
      case "import":
        return await importCommand(options, reporter);
      case "migrate":
        return await migrateCommand(options, reporter);
      case "diff":
        return await diffCommand(options, reporter);
      default:
        return 2;
    }
  } catch (e) {
    // Not a user mistake: those are diagnostics. The stack only helps us, so it needs SPECLOOM_DEBUG=1.
    if (process.env.SPECLOOM_DEBUG === "1") process.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
    reporter.diagnostics([createDiagnostic("internal-error", { detail: e instanceof Error ? e.message : String(e) })], process.cwd());
    return 1;
  }
}
