/**
 * The migrations folder: `<NNNN>_<name>/{up.sql,down.sql,snapshot.json}`.
 * The last complete folder's snapshot is the schema the database has.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Diagnostic } from "@specloom/core";
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

export function nextMigrationId(existing: readonly MigrationFolder[], name: string): string {
  const last = existing.at(-1)?.sequence ?? 0;
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
