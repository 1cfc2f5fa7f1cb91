/** Command-line parsing. Every mistake becomes a 'cli-usage' diagnostic (exit 2), never an exception. */
import { parseArgs } from "node:util";
import { createDiagnostic, type Diagnostic } from "@specloom/core";

export type CommandName = "build" | "check" | "init";
export type OutputFormat = "text" | "json";

export interface CliOptions {
  readonly command?: CommandName;
  /** Project directory (build, check) or target directory (init), as given. */
  readonly dir: string;
  readonly out?: string;
  readonly lang?: string;
  readonly strict: boolean;
  readonly watch: boolean;
  readonly format: OutputFormat;
  readonly quiet: boolean;
  readonly verbose: boolean;
  readonly svg: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

export type ParsedArgs = { readonly ok: true; readonly options: CliOptions } | { readonly ok: false; readonly diagnostic: Diagnostic; readonly format: OutputFormat };

const COMMANDS: readonly CommandName[] = ["build", "check", "init"];

/** Flags each command accepts besides the global ones (--format, --quiet, --verbose, --help). */
const COMMAND_FLAGS: Record<CommandName, readonly string[]> = {
  build: ["out", "lang", "strict", "watch", "svg"],
  check: ["lang", "strict", "watch"],
  init: [],
};

export const HELP_TEXT = `Usage: specloom <command> [dir] [options]

Commands:
  build [projectDir]   Compile the spec and write every artifact to <documentationDir>/technical/
  check [projectDir]   Report diagnostics (TypeScript, front end, checker rules); write nothing
  init [dir]           Create a starter project (specloom.config.json, spec-src/index.ts)

Options:
  --out DIR            build: write artifacts to DIR instead of <documentationDir>/technical/
  --lang LANG          Documentation language (overrides documentationLanguage)
  --strict             Warnings fail the build (exit 1)
  --watch              Rebuild when a source file or the config changes
  --svg                build: also render er.svg (needs Chromium)
  --format text|json   Diagnostic format (json: one {"diagnostics": [...]} object per run, one line)
  --quiet              Print errors only
  --verbose            Print the time each phase takes (to stderr)
  --help               Show this help
  --version            Show the version

Exit codes: 0 success, 1 errors in the spec (or warnings with --strict), 2 usage or config errors.
`;

const usage = (detail: string, format: OutputFormat): ParsedArgs => ({
  ok: false,
  format,
  diagnostic: createDiagnostic("cli-usage", { detail: `${detail} Run 'specloom --help' for usage.` }),
});

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  // Read --format first, so even a usage error is reported in the requested format.
  const formatIndex = argv.findIndex((a) => a === "--format" || a.startsWith("--format="));
  const rawFormat = formatIndex < 0 ? undefined : argv[formatIndex].includes("=") ? argv[formatIndex].split("=")[1] : argv[formatIndex + 1];
  const format: OutputFormat = rawFormat === "json" ? "json" : "text";

  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: "string" },
        lang: { type: "string" },
        strict: { type: "boolean", default: false },
        watch: { type: "boolean", default: false },
        format: { type: "string", default: "text" },
        quiet: { type: "boolean", default: false },
        verbose: { type: "boolean", default: false },
        svg: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
      },
    });
  } catch (e) {
    // parseArgs' messages are user-facing already ("Unknown option '--x'"); drop its hints about '--'.
    const message = (e as Error).message.split(". To specify")[0].replace(/\.$/, "");
    return usage(`${message}.`, format);
  }
  const { values, positionals } = parsed;
  if (values.format !== "text" && values.format !== "json") return usage(`Invalid --format '${values.format}'; expected 'text' or 'json'.`, format);
  const base = {
    strict: values.strict!,
    watch: values.watch!,
    format: values.format,
    quiet: values.quiet!,
    verbose: values.verbose!,
    svg: values.svg!,
    help: values.help!,
    version: values.version!,
    out: values.out,
    lang: values.lang,
  } as const;
  if (base.quiet && base.verbose) return usage("--quiet and --verbose cannot be combined.", format);

  const [command, dir, ...extra] = positionals;
  if (command === undefined) {
    if (base.help || base.version) return { ok: true, options: { ...base, dir: "." } };
    return usage("No command given.", format);
  }
  if (!COMMANDS.includes(command as CommandName)) return usage(`Unknown command '${command}'; expected one of ${COMMANDS.join(", ")}.`, format);
  if (extra.length > 0) return usage(`Unexpected argument '${extra[0]}'.`, format);
  const name = command as CommandName;
  for (const flag of ["out", "lang", "strict", "watch", "svg"] as const) {
    const given = flag === "out" || flag === "lang" ? values[flag] !== undefined : values[flag] === true;
    if (given && !COMMAND_FLAGS[name].includes(flag)) return usage(`Option '--${flag}' is not valid for '${name}'.`, format);
  }
  for (const flag of ["out", "lang"] as const) {
    if (values[flag] === "") return usage(`Option '--${flag}' needs a value.`, format);
  }
  return { ok: true, options: { ...base, command: name, dir: dir ?? "." } };
}
