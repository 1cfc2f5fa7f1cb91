/** `specloom diff` output: text for terminals, JSON for tools, markdown for a pull-request comment. */
import { mdCode, mdInline } from "@specloom/core";
import type { SpecDiff } from "./spec-diff";

const where = (c: { operation: string; at?: string }) => `${c.operation}${c.at ? ` ${c.at}` : ""}`;

export function renderDiffText(diff: SpecDiff): string {
  const api = diff.api.map((c) => `  ${c.breaking ? "BREAKING " : "         "} ${where(c)}: ${c.message} [${c.id}]`);
  const db = diff.database.map((c) => `  ${c.breaking ? "BREAKING " : "         "} ${c.kind} ${c.target}`);
  const count = (list: readonly { breaking: boolean }[]) =>
    `${list.length} change${list.length === 1 ? "" : "s"}, ${list.filter((c) => c.breaking).length} breaking`;
  return (
    [
      `API changes since ${diff.base}: ${count(diff.api)}`,
      ...api,
      diff.databaseCompared === false
        ? `Database changes since ${diff.base}: not compared (the base is an OpenAPI document)`
        : `Database changes since ${diff.base}: ${count(diff.database)}`,
      ...db,
      ...(diff.findings.length > 0 ? ["Migration lint:", ...diff.findings.map((d) => `  ${d.code} ${d.message}`)] : []),
      diff.breaking > 0 ? `${diff.breaking} breaking change${diff.breaking === 1 ? "" : "s"}.` : "No breaking changes.",
    ].join("\n") + "\n"
  );
}

export function renderDiffJson(diff: SpecDiff): string {
  const findings = diff.findings.map((d) => ({ code: d.code, severity: d.severity, message: d.message }));
  const database = diff.databaseCompared === false ? { databaseCompared: false } : {};
  return `${JSON.stringify({ base: diff.base, breaking: diff.breaking, api: diff.api, database: diff.database, findings, ...database })}\n`;
}

export function renderDiffMarkdown(diff: SpecDiff): string {
  const lines = [`### specloom diff against ${mdInline(diff.base)}`, ""];
  lines.push(diff.breaking > 0 ? `**${diff.breaking} breaking change${diff.breaking === 1 ? "" : "s"}**` : "No breaking changes.", "");
  const section = (title: string, items: readonly string[]) => {
    lines.push(`#### ${title}`, "");
    lines.push(...(items.length > 0 ? items : ["None."]), "");
  };
  const mark = (breaking: boolean) => (breaking ? "🔴 **breaking**" : "🟢");
  section(
    "API",
    diff.api.map((c) => `- ${mark(c.breaking)} ${mdCode(where(c))}: ${mdInline(c.message)} (${mdCode(c.id)})`),
  );
  if (diff.databaseCompared === false) lines.push("#### Database", "", "Not compared: the base is an OpenAPI document.", "");
  else
    section(
      "Database",
      diff.database.map((c) => `- ${mark(c.breaking)} ${mdCode(c.kind)} ${mdCode(c.target)}`),
    );
  if (diff.findings.length > 0)
    section(
      "Migration lint",
      diff.findings.map((d) => `- ${mdCode(d.code)}: ${mdInline(d.message)}`),
    );
  return `${lines.join("\n").trimEnd()}\n`;
}
