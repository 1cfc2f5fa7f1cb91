/** Command-line parsing. Every mistake becomes a 'cli-usage' diagnostic (exit 2), never an exception. */
import { parseArgs } from "node:util";
import { createDiagnostic, didYouMean, type Diagnostic } from "@specloom/core";
import { TEMPLATES, type TemplateName } from "./templates/examples";

export type CommandName = "build" | "check" | "init" | "import" | "migrate" | "diff";
export type ImportKind = "postgres" | "openapi";
export const IMPORT_KINDS: readonly ImportKind[] = ["postgres", "openapi"];
/** `markdown`: `diff` only (a pull-request comment). */
export type OutputFormat = "text" | "json" | "markdown";

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
  /** `import`: what to import and from where (a file, `-`, or a URL). */
  readonly importKind?: ImportKind;
  readonly source?: string;
  /** `import postgres --schema`: the database schema to read. */
  readonly schema?: string;
  /** migrate: the new migration's name. */
  readonly name?: string;
  /** migrate: fail when the spec changed since the last migration (CI). */
  readonly check: boolean;
  /** diff: a git ref or an older specloom.ir.json. */
  readonly base?: string;
  /** diff: breaking changes do not fail the run. */
  readonly allowBreaking: boolean;
  /** init: which starter to write. */
  readonly template: TemplateName;
  /** build --watch: serve the output folder on the loopback with live reload. */
  readonly serve: boolean;
  /** build --serve: the port (0: any free one). */
  readonly port: number;
}

export const DEFAULT_SERVE_PORT = 4173;

export type ParsedArgs =
  { readonly ok: true; readonly options: CliOptions } | { readonly ok: false; readonly diagnostic: Diagnostic; readonly format: OutputFormat };

const COMMANDS: readonly CommandName[] = ["build", "check", "init", "import", "migrate", "diff"];

/** Flags each command accepts besides the global ones (--format, --quiet, --verbose, --help). */
const COMMAND_FLAGS: Record<CommandName, readonly string[]> = {
  build: ["out", "lang", "strict", "watch", "svg", "serve", "port"],
  check: ["lang", "strict", "watch"],
  init: ["template", "lang"],
  import: ["out", "schema"],
  migrate: ["strict", "name", "check"],
  diff: ["base", "allow-breaking"],
};

export const HELP_TEXT = `Usage: specloom <command> [dir] [options]

Commands:
  build [projectDir]   Compile the spec and write every artifact to <documentationDir>/technical/
  check [projectDir]   Report diagnostics (TypeScript, front end, checker rules); write nothing
  init [dir]           Create an npm project with a starter spec (package.json, tsconfig.json,
                       specloom.config.json, spec-src/, docs/, .gitignore, a CI workflow)
  import postgres <schema.sql | postgres://…>
                       Write a new project (--out DIR, default .) whose entities are the database's tables
  import openapi <openapi.json | openapi.yaml | - | https://…>
                       Write a new project (--out DIR, default .) whose endpoints and API types are the
                       OpenAPI 3.0/3.1 document's; what the DSL cannot express is a warning (SL70xx)
  migrate [projectDir] --name NAME
                       Write migrations/<NNNN>_<NAME>/{up.sql,down.sql,snapshot.json} for the schema
                       changes since the last migration, and lint them (SL6xxx)
  diff [projectDir] --base REF|FILE
                       List API and database changes against a git ref or an older specloom.ir.json,
                       breaking or not; exit 1 on breaking changes

Options:
  --out DIR            build: write artifacts to DIR instead of <documentationDir>/technical/
  --lang LANG          Documentation language (overrides documentationLanguage; init: the one to write)
  --template NAME      init: minimal (default), blog or ecommerce
  --strict             Warnings fail the build (exit 1)
  --watch              Rebuild when a source file or the config changes
  --serve              build --watch: serve the output on http://127.0.0.1 with live reload
  --port N             build --serve: the port (default ${DEFAULT_SERVE_PORT}; 0 picks a free one)
  --svg                build: also render er.svg (needs the optional @mermaid-js/mermaid-cli and Chromium)
  --name NAME          migrate: name of the new migration (letters, digits, '-', '_')
  --check              migrate: exit 1 when the spec changed but no migration was generated
  --base REF|FILE      diff: what to compare with (git ref, or a specloom.ir.json file)
  --allow-breaking     diff: breaking changes do not fail the run
  --schema NAME        import postgres: the schema to read (default public)
  --format text|json   Diagnostic format (json: one {"diagnostics": [...]} object per run, one line);
                       diff also takes markdown (a pull-request comment)
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

/** Every flag; a misspelt one gets a did-you-mean from these names. */
const OPTIONS = {
  out: { type: "string" },
  lang: { type: "string" },
  strict: { type: "boolean", default: false },
  watch: { type: "boolean", default: false },
  format: { type: "string", default: "text" },
  quiet: { type: "boolean", default: false },
  verbose: { type: "boolean", default: false },
  svg: { type: "boolean", default: false },
  schema: { type: "string" },
  help: { type: "boolean", short: "h", default: false },
  version: { type: "boolean", short: "v", default: false },
  name: { type: "string" },
  check: { type: "boolean", default: false },
  base: { type: "string" },
  "allow-breaking": { type: "boolean", default: false },
  template: { type: "string" },
  serve: { type: "boolean", default: false },
  port: { type: "string" },
} as const;

/** `Unknown option '--stirct'` → ` Did you mean '--strict'?`. */
function optionHint(message: string): string {
  const unknown = /^Unknown option '(--?[^']+)'/.exec(message)?.[1];
  return unknown
    ? didYouMean(
        unknown,
        Object.keys(OPTIONS).map((o) => `--${o}`),
      )
    : "";
}

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  // Read --format first, so even a usage error is reported in the requested format.
  const formatIndex = argv.findIndex((a) => a === "--format" || a.startsWith("--format="));
  const formatArg = formatIndex < 0 ? undefined : argv[formatIndex];
  const rawFormat = formatArg?.startsWith("--format=") ? formatArg.slice("--format=".length) : formatArg && argv[formatIndex + 1];
  const format: OutputFormat = rawFormat === "json" ? "json" : "text";

  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (e) {
    // parseArgs' messages are user-facing already ("Unknown option '--x'"); drop its hints about '--'.
    const message = (e as Error).message.replace(/\. To specify[\s\S]*$/, "").replace(/\.$/, "");
    return usage(`${message}.${optionHint(message)}`, format);
  }
  const { values, positionals } = parsed;
  const formats = positionals[0] === "diff" ? ["text", "json", "markdown"] : ["text", "json"];
  if (!formats.includes(values.format))
    return usage(`Invalid --format '${values.format}'; expected ${formats.map((f) => `'${f}'`).join(", ")}.${didYouMean(values.format, formats)}`, format);
  const base = {
    strict: values.strict,
    watch: values.watch,
    format: values.format as OutputFormat,
    quiet: values.quiet,
    verbose: values.verbose,
    svg: values.svg,
    help: values.help,
    version: values.version,
    out: values.out,
    lang: values.lang,
    schema: values.schema,
    name: values.name,
    check: values.check,
    base: values.base,
    allowBreaking: values["allow-breaking"],
    template: (values.template ?? "minimal") as TemplateName,
    serve: values.serve,
    port: values.port === undefined ? DEFAULT_SERVE_PORT : Number(values.port),
  } as const;
  if (base.quiet && base.verbose) return usage("--quiet and --verbose cannot be combined.", format);

  const [command, dir, ...extra] = positionals;
  if (command === undefined) {
    if (base.help || base.version) return { ok: true, options: { ...base, dir: "." } };
    return usage("No command given.", format);
  }
  if (!COMMANDS.includes(command as CommandName))
    return usage(`Unknown command '${command}'; expected one of ${COMMANDS.join(", ")}.${didYouMean(command, COMMANDS)}`, format);
  const name = command as CommandName;
  // One check of every command's flags, import included: a flag a command does not take is never silently ignored.
  for (const flag of ["out", "lang", "strict", "watch", "svg", "name", "check", "base", "allow-breaking", "template", "serve", "port"] as const) {
    const given = typeof values[flag] === "string" || values[flag] === true;
    if (given && !COMMAND_FLAGS[name].includes(flag)) return usage(`Option '--${flag}' is not valid for '${name}'.`, format);
  }
  if (name === "import") return importArgs(dir, extra, base, format);
  if (extra.length > 0) return usage(`Unexpected argument '${extra[0]}'.`, format);
  if (values.schema !== undefined) return usage(`Option '--schema' is not valid for '${name}'.`, format);
  for (const flag of ["out", "lang", "name", "base", "template", "port"] as const) {
    if (values[flag] === "") return usage(`Option '--${flag}' needs a value.`, format);
  }
  if (values.port !== undefined && !(/^\d+$/.test(values.port) && base.port <= 65535))
    return usage(`Invalid --port '${values.port}'; expected a whole number from 0 to 65535.`, format);
  if (values.port !== undefined && !base.serve) return usage("--port needs --serve.", format);
  if (base.serve && !base.watch) return usage("--serve needs --watch (it serves the output while rebuilding it).", format);
  if (!TEMPLATES.includes(base.template)) {
    return usage(`Unknown template '${base.template}'; expected one of ${TEMPLATES.join(", ")}.${didYouMean(base.template, TEMPLATES)}`, format);
  }
  if (name === "migrate" && !base.check && base.name === undefined) return usage("'migrate' needs --name <name> (or --check).", format);
  if (name === "migrate" && base.check && base.name !== undefined) return usage("--check and --name cannot be combined.", format);
  if (name === "diff" && base.base === undefined) return usage("'diff' needs --base <git ref | path to specloom.ir.json>.", format);
  return { ok: true, options: { ...base, command: name, dir: dir ?? "." } };
}

/** `import <kind> <source>`: the kind is checked here, the source by the importer. */
function importArgs(kind: string | undefined, rest: readonly string[], base: Omit<CliOptions, "dir" | "command">, format: OutputFormat): ParsedArgs {
  if (kind === undefined) return usage(`'import' needs a kind: ${IMPORT_KINDS.join(", ")}.`, format);
  if (!IMPORT_KINDS.includes(kind as ImportKind))
    return usage(`Unknown import kind '${kind}'; expected one of ${IMPORT_KINDS.join(", ")}.${didYouMean(kind, IMPORT_KINDS)}`, format);
  const [source, ...extra] = rest;
  const what = kind === "openapi" ? "an OpenAPI file, '-' for stdin, or an https:// URL" : "a DDL file or a postgres:// URL";
  if (source === undefined) return usage(`'import ${kind}' needs a source: ${what}.`, format);
  if (kind === "openapi" && base.schema !== undefined) return usage("Option '--schema' is not valid for 'import openapi'.", format);
  if (extra.length > 0) return usage(`Unexpected argument '${extra[0]}'.`, format);
  if (base.out === "" || base.schema === "") return usage(`Option '--${base.out === "" ? "out" : "schema"}' needs a value.`, format);
  return { ok: true, options: { ...base, command: "import", importKind: kind as ImportKind, source, dir: base.out ?? "." } };
}
