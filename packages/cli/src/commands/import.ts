/**
 * `specloom import postgres|openapi <source> [--out DIR]`: writes a new project
 * whose entities are the database's tables, or whose endpoints and API types are
 * an OpenAPI document's. Never overwrites a file; writes nothing
 * when the source cannot be read or has errors.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { createDiagnostic, exitCodeFor, sortDiagnostics, type Diagnostic } from "@specloom/core";
import { importOpenApi, importPostgres, isConnectionUrl, projectFiles, type ProjectFile } from "@specloom/importer";
import type { CliOptions } from "../args";
import type { Reporter } from "../report";
import { starterDocs } from "../templates/docs";

/** A project name from the source: the file's base name or the database's name. */
function projectNameFor(source: string): string {
  if (isConnectionUrl(source)) {
    const db = /\/([^/?#]+)(?:[?#]|$)/.exec(source.replace(/^[a-z]+:\/\/[^/]*/i, ""))?.[1];
    return db ? decodeURIComponent(db) : "imported-api";
  }
  return path.basename(source).replace(/\.[^.]*$/, "") || "imported-api";
}

interface Imported {
  readonly diagnostics: readonly Diagnostic[];
  readonly projectName: string;
  readonly files: readonly ProjectFile[];
  readonly summary: string;
}

async function importPostgresProject(options: CliOptions, source: string): Promise<Imported> {
  const shownSource = isConnectionUrl(source) ? "a PostgreSQL database" : path.basename(source);
  const spec = await importPostgres({
    source: isConnectionUrl(source) ? source : path.resolve(source),
    schema: options.schema,
    projectName: projectNameFor(source),
  });
  const entities = spec.modules.reduce((n, m) => n + m.declarations.filter((d) => d.kind === "entity").length, 0);
  const files = exitCodeFor(spec.diagnostics) === 0 ? await projectFiles(spec, shownSource) : [];
  return { diagnostics: spec.diagnostics, projectName: spec.projectName, files, summary: `${entities} entit${entities === 1 ? "y" : "ies"}` };
}

async function importOpenApiProject(source: string): Promise<Imported> {
  const shown = source === "-" ? "stdin" : /^https?:\/\//i.test(source) ? source : path.basename(source);
  const result = await importOpenApi(source === "-" || /^https?:\/\//i.test(source) ? source : path.resolve(source), shown, "imported-api");
  const { endpoints, schemas } = result.counts;
  return {
    diagnostics: result.diagnostics,
    projectName: result.projectName,
    files: result.files,
    summary: `${endpoints} endpoint${endpoints === 1 ? "" : "s"} and ${schemas} schema${schemas === 1 ? "" : "s"}`,
  };
}

export async function importCommand(options: CliOptions, reporter: Reporter): Promise<number> {
  const out = path.resolve(options.dir);
  const source = options.source!;
  const imported = options.importKind === "openapi" ? await importOpenApiProject(source) : await importPostgresProject(options, source);
  const diagnostics = sortDiagnostics([...imported.diagnostics]);
  const code = exitCodeFor(diagnostics);
  if (code !== 0) {
    reporter.diagnostics(diagnostics, process.cwd());
    return code;
  }
  const docs = starterDocs(imported.projectName, false);
  const files = [...imported.files, ...docs];
  const existing = files.filter((f) => fs.existsSync(path.join(out, f.path)));
  if (existing.length > 0) {
    const detail = `'${existing.map((f) => f.path).join("', '")}' already exist${existing.length === 1 ? "s" : ""} in '${options.dir}'; import never overwrites files.`;
    reporter.diagnostics([...diagnostics, createDiagnostic("cli-usage", { detail })], process.cwd());
    return 2;
  }
  try {
    for (const file of files) {
      const target = path.join(out, file.path);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, file.content, { flag: "wx" });
    }
  } catch (e) {
    reporter.diagnostics([...diagnostics, createDiagnostic("output-not-writable", { dir: options.dir, detail: (e as Error).message })], process.cwd());
    return 2;
  }
  reporter.diagnostics(diagnostics, process.cwd());
  const shown = path.relative(process.cwd(), out) || ".";
  reporter.info(`Imported ${imported.summary} into ${shown}.`);
  reporter.info(`Next: specloom build${shown === "." ? "" : ` ${shown}`}`);
  return 0;
}
