/**
 * Opens what `specloom import postgres` reads: a DDL file, applied to an
 * in-memory PGlite (nothing touches a real database), or a live server via a
 * `postgres://` URL, read-only.
 */
import * as fs from "node:fs";
import { createDiagnostic, type Diagnostic } from "@specloom/core";
import type { Queryable } from "./catalog";
import { openPglite, pgliteMissing } from "./pglite";

export interface OpenedSource {
  readonly db: Queryable;
  /** The DDL text when the source is a file (used to position diagnostics). */
  readonly sql?: string;
  close(): Promise<void>;
}

export type OpenResult = { readonly ok: true; readonly source: OpenedSource } | { readonly ok: false; readonly diagnostics: Diagnostic[] };

export const isConnectionUrl = (source: string): boolean => /^postgres(ql)?:\/\//i.test(source);

/** 1-based line and column of a 0-based character offset. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split("\n");
  return { line: lines.length, column: (lines[lines.length - 1] ?? "").length + 1 };
}

async function openFile(file: string): Promise<OpenResult> {
  let sql: string;
  try {
    sql = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  } catch (e) {
    return {
      ok: false,
      diagnostics: [createDiagnostic("import-source-unreadable", { source: file, detail: (e as NodeJS.ErrnoException).code ?? String(e) })],
    };
  }
  const missing = pgliteMissing();
  if (missing) return { ok: false, diagnostics: [createDiagnostic("import-source-unreadable", { source: file, detail: missing })] };
  const db = await openPglite();
  try {
    await db.exec(sql);
  } catch (e) {
    await db.close();
    const err = e as { message?: string; position?: string };
    const offset = err.position ? Number(err.position) - 1 : 0;
    const at = positionOf(sql, offset);
    return {
      ok: false,
      diagnostics: [createDiagnostic("import-source-invalid", { detail: `PostgreSQL rejected the DDL: ${err.message ?? String(e)}` }, { file, ...at })],
    };
  }
  return { ok: true, source: { db, sql, close: () => db.close() } };
}

async function openUrl(url: string): Promise<OpenResult> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  const redacted = url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
  try {
    await client.connect();
    // Read-only: the importer only reads the catalog.
    await client.query("SET default_transaction_read_only = on");
  } catch (e) {
    await client.end().catch(() => undefined);
    return { ok: false, diagnostics: [createDiagnostic("import-connect-failed", { source: redacted, detail: (e as Error).message || String(e) })] };
  }
  const db: Queryable = { query: async <T>(sql: string, params?: unknown[]) => ({ rows: (await client.query(sql, params)).rows as T[] }) };
  return { ok: true, source: { db, close: () => client.end() } };
}

export function openSource(source: string): Promise<OpenResult> {
  return isConnectionUrl(source) ? openUrl(source) : openFile(source);
}
