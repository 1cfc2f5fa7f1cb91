/** 15. Deployment Configuration: every env var with its sections, migrations; and .env.example. */
import { envComment, envValue } from "@specloom/core";
import type { SectionContext } from "../context";
import { collectEnvRefs } from "../env";
import { code, Md, prose } from "../render/md";

/** Where `specloom migrate` writes, relative to the project (the migrate package's MIGRATIONS_DIR). */
const MIGRATIONS_FOLDER = "migrations";

export function renderDeployment(ctx: SectionContext, md: Md): void {
  const { t } = ctx;
  md.heading(2, t.sections.deployment);
  const vars = collectEnvRefs(ctx.ir);
  md.field(t.deployment.envVars);
  if (vars.length === 0) md.paragraph(t.common.none);
  else {
    md.code(
      "bash",
      vars.map((v) => `${v.env}=${v.example === undefined ? "..." : envValue(v.example)}`),
    );
    md.table(
      t.deployment.columns,
      vars.map((v) => [code(v.env), prose(v.description ?? ""), v.sections.map((s) => t.sections[s]).join(", ")]),
    );
  }
  const migrations = ctx.ir.config.deployment?.value.migrations ?? [];
  md.field(t.deployment.migrations).bullets(migrations.length ? migrations.map(prose) : [t.common.none]);
  renderMigrationsFolder(ctx, md);
}

/** The generated migrations (`specloom migrate`), each with what the safety lint found in its up.sql. */
function renderMigrationsFolder(ctx: SectionContext, md: Md): void {
  const { t } = ctx;
  const list = ctx.migrations ?? [];
  if (list.length === 0) return;
  md.field(t.deployment.migrationsFolder(code(`${MIGRATIONS_FOLDER}/`)));
  md.table(
    t.deployment.migrationColumns,
    list.map((m) => [
      code(m.id),
      String(m.changes),
      m.findings.length === 0 ? t.deployment.noFindings : m.findings.map((f) => `${code(f.code)} ${prose(f.message)}`).join("; "),
    ]),
  );
}

/** `.env.example`: one commented `NAME=example` per variable, values never secrets. */
export function renderEnvExample(ctx: SectionContext): string {
  const { t } = ctx;
  const lines = t.deployment.envFileHeader(ctx.ir.project.name).map(envComment);
  for (const v of collectEnvRefs(ctx.ir)) {
    lines.push("");
    if (v.description) lines.push(envComment(v.description.replace(/\s+/g, " ")));
    lines.push(envComment(t.deployment.usedIn(v.sections.map((s) => t.sections[s]).join(", "))));
    lines.push(`${v.env}=${envValue(v.example ?? "")}`);
  }
  return `${lines.join("\n")}\n`;
}
