/**
 * `specloom diff`: API changes between two IRs, plus the database side from
 * the migration planner. A database change is breaking when it destroys data
 * (a dropped table or column, a removed enum value), renames something code
 * still uses, or changes which inserts an identity column accepts.
 */
import type { Diagnostic, SpecIR, SpecloomConfig } from "@specloom/core";
import type { ApiChange } from "./api-change";
import { diffApis } from "./api-diff";
import { compareSchemas, currentSchema } from "./migrate";
import { diffOpenApiDocuments } from "./openapi-diff";

export interface DatabaseChange {
  readonly kind: string;
  readonly target: string;
  readonly breaking: boolean;
}

export interface SpecDiff {
  readonly base: string;
  readonly api: readonly ApiChange[];
  readonly database: readonly DatabaseChange[];
  /** The migration lint on the database changes. */
  readonly findings: readonly Diagnostic[];
  readonly breaking: number;
  /** False when the base is an OpenAPI document, which says nothing about the database. */
  readonly databaseCompared?: false;
}

export function diffSpecs(base: { ir: SpecIR; config: SpecloomConfig; label: string }, head: { ir: SpecIR; config: SpecloomConfig }): SpecDiff {
  const api = diffApis(base.ir, head.ir);
  const change = compareSchemas(currentSchema(base.ir, base.config), currentSchema(head.ir, head.config), head.ir);
  const breakingKinds = new Set(["drop-table", "drop-column", "rename-table", "rename-column"]);
  const database = change.up.map((c) => {
    const target = [c.table, c.column].filter(Boolean).join(".") || c.name || "";
    // An identity that stops generating, or starts refusing supplied values, breaks inserts that worked before.
    const identity = c.kind === "drop-identity" || (c.kind === "alter-identity" && c.to === "always");
    const breaking = breakingKinds.has(c.kind) || identity || (c.kind === "rewrite-enum" && (c.removedValues?.length ?? 0) > 0);
    return { kind: c.kind, target, breaking };
  });
  const findings = change.diagnostics;
  const breaking = api.filter((c) => c.breaking).length + database.filter((c) => c.breaking).length;
  return { base: base.label, api, database, findings, breaking };
}

/** The API side only: the base is an older OpenAPI document, compared with the current spec's (`--base openapi.json`). */
export function diffOpenApiSpecs(base: { document: unknown; label: string }, headDocument: unknown): SpecDiff {
  const api = diffOpenApiDocuments(base.document, headDocument);
  return { base: base.label, api, database: [], findings: [], breaking: api.filter((c) => c.breaking).length, databaseCompared: false };
}
