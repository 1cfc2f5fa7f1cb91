/**
 * The migrations folder: `<NNNN>_<name>/{up.sql,down.sql,snapshot.json}`.
 * The last complete folder's snapshot is the schema the database has.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Diagnostic, MigrationSummary } from "@specloom/core";
import { migrateDiagnostics } from "./diagnostics";
import { EMPTY_SCHEMA, type Schema } from "./schema";

export const MIGRATIONS_DIR = "migrations";
export const SNAPSHOT_FILE = "snapshot.json";
const SNAPSHOT_FORMAT = "specloom-migration-snapshot/1";
const FOLDER = /^(\d{4,})_([A-Za-z0-9][A-Za-z0-9_-]*)$/;

export interface MigrationFolder {
  readonly sequence: number;
  readonly name: string;
  /** `0002_add-bio`. */
  readonly id: string;
  readonly dir: string;
}

/** Complete migrations (with a snapshot), in sequence order. A folder a killed run left half-written has none. */
export function listMigrations(projectDir: string): MigrationFolder[] {
  const root = path.join(projectDir, MIGRATIONS_DIR);
  let entries: string[];
  try {
    entries = fs.readdirSync(root);
  } catch {
    return [];
  }
  return entries
    .flatMap((id) => {
      const m = FOLDER.exec(id);
      const dir = path.join(root, id);
      return m && fs.existsSync(path.join(dir, SNAPSHOT_FILE)) ? [{ sequence: Number(m[1]), name: m[2]!, id, dir }] : [];
    })
    .sort((a, b) => a.sequence - b.sequence || a.id.localeCompare(b.id));
}

export function validMigrationName(name: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(name) && name.length <= 80;
}

/**
 * The next free number, counted over every `NNNN_name` folder, also those without a snapshot (written by hand,
 * or half-written): a new migration never reuses a number, so it never lands in a folder specloom did not write.
 */
export function nextMigrationId(projectDir: string, name: string): string {
  let names: string[] = [];
  try {
    names = fs.readdirSync(path.join(projectDir, MIGRATIONS_DIR));
  } catch {
    // no migrations folder yet: the first migration
  }
  const last = Math.max(0, ...names.map((n) => Number(FOLDER.exec(n)?.[1] ?? 0)));
  return `${String(last + 1).padStart(4, "0")}_${name}`;
}

/** Stable JSON: keys sorted, so the same schema always writes the same bytes. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, sortKeys(v)]));
}

export function renderSnapshot(schema: Schema): string {
  const body = { format: SNAPSHOT_FORMAT, tables: schema.tables, enums: schema.enums, updatedAtFunction: schema.updatedAtFunction };
  return `${JSON.stringify(sortKeys(body), null, 2)}\n`;
}

/** `shown`: the file as messages name it (relative to the project). */
export function readSnapshot(file: string, shown = file): { schema: Schema; diagnostics: Diagnostic[] } {
  const fail = (detail: string) => ({
    schema: EMPTY_SCHEMA,
    diagnostics: [migrateDiagnostics.create("migrate-snapshot-invalid", { file: shown, detail })],
  });
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    return fail((e as Error).message);
  }
  const d = data as { format?: unknown; tables?: unknown; enums?: unknown; updatedAtFunction?: unknown };
  if (d?.format !== SNAPSHOT_FORMAT) return fail(`expected "format": "${SNAPSHOT_FORMAT}"`);
  if (!Array.isArray(d.tables) || !Array.isArray(d.enums)) return fail("expected 'tables' and 'enums' arrays");
  const schema: Schema = {
    tables: d.tables,
    enums: d.enums,
    ...(typeof d.updatedAtFunction === "string" ? { updatedAtFunction: d.updatedAtFunction } : {}),
  };
  return { schema, diagnostics: [] };
}

/** The schema the migrations so far produce: the last snapshot, or nothing before the first migration. */
export function lastSchema(projectDir: string): { schema: Schema; last?: MigrationFolder; diagnostics: Diagnostic[] } {
  const last = listMigrations(projectDir).at(-1);
  if (!last) return { schema: EMPTY_SCHEMA, diagnostics: [] };
  const file = path.join(last.dir, SNAPSHOT_FILE);
  return { ...readSnapshot(file, path.relative(projectDir, file).split(path.sep).join("/")), last };
}

export const LINT_FILE = "lint.json";
const LINT_FORMAT = "specloom-migration-lint/1";

/** lint.json: what the safety lint found in up.sql when the migration was generated, for backend-spec.md §15. */
export function renderLint(changes: number, diagnostics: readonly Diagnostic[]): string {
  const findings = diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message }));
  return `${JSON.stringify({ format: LINT_FORMAT, changes, findings }, null, 2)}\n`;
}

const SEVERITIES = new Set(["error", "warning", "info"]);

function readLint(file: string): Omit<MigrationSummary, "id"> | undefined {
  try {
    const d = JSON.parse(fs.readFileSync(file, "utf8")) as { format?: unknown; changes?: unknown; findings?: unknown };
    if (d.format !== LINT_FORMAT || typeof d.changes !== "number" || !Array.isArray(d.findings)) return undefined;
    const findings = (d.findings as { code?: unknown; severity?: unknown; message?: unknown }[]).filter(
      (f): f is MigrationSummary["findings"][number] =>
        typeof f?.code === "string" && typeof f.message === "string" && SEVERITIES.has(f.severity as string),
    );
    return { changes: d.changes, findings: findings.map((f) => ({ code: f.code, severity: f.severity, message: f.message })) };
  } catch {
    return undefined;
  }
}

/**
 * Every complete migration with its lint findings, for the markdown emitter. A
 * migration without a readable lint.json (written before specloom kept one) is
 * linted again from its snapshot and the previous one; renames then read as drop and add.
 */
export function readMigrationSummaries(
  projectDir: string,
  relint: (old: Schema, next: Schema) => Omit<MigrationSummary, "id">,
): { migrations: MigrationSummary[]; diagnostics: Diagnostic[] } {
  let previous: Schema = EMPTY_SCHEMA;
  // A snapshot that cannot be read is reported, never taken silently as an empty schema.
  const diagnostics: Diagnostic[] = [];
  const migrations = listMigrations(projectDir).map((m) => {
    const read = readSnapshot(path.join(m.dir, SNAPSHOT_FILE), path.relative(projectDir, path.join(m.dir, SNAPSHOT_FILE)));
    diagnostics.push(...read.diagnostics);
    const summary = readLint(path.join(m.dir, LINT_FILE)) ?? relint(previous, read.schema);
    previous = read.schema;
    return { id: m.id, ...summary };
  });
  return { migrations, diagnostics };
}
