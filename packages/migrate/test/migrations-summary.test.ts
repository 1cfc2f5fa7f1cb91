/** What backend-spec.md §15 is given: each migration of the folder with its lint findings (lint.json, or linted again). */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { LINT_FILE, planProjectMigration, projectMigrations } from "../src";
import { sqlConfig } from "@specloom/test-support";
import { specVersions } from "./spec-edits";

const config = sqlConfig();

test("a new migration never takes the number of a folder without a snapshot (hand-written or half-written)", () => {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), "specloom-next-id-"));
  try {
    fs.mkdirSync(path.join(project, "migrations", "0001_by_hand"), { recursive: true });
    fs.writeFileSync(path.join(project, "migrations", "0001_by_hand", "up.sql"), "-- mine\n");
    expect(planProjectMigration(project, specVersions()[0]!.ir, config, "init").id).toBe("0002_init");
  } finally {
    fs.rmSync(project, { recursive: true, force: true });
  }
});

test("lint.json is what §15 lists; a migration without one is linted again from the snapshots", () => {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), "specloom-summary-"));
  try {
    const versions = specVersions();
    const write = (id: string, files: readonly { path: string; content: string }[]) => {
      fs.mkdirSync(path.join(project, "migrations", id), { recursive: true });
      for (const f of files) fs.writeFileSync(path.join(project, "migrations", id, f.path), f.content);
    };
    expect(projectMigrations(project).migrations).toEqual([]);
    const first = planProjectMigration(project, versions[0]!.ir, config, "init");
    write(first.id, first.files);
    // The declared rename: its lint.json says SL6008 (a rename), which only the IR's @renamedFrom can tell.
    const renameAt = versions.findIndex((v) => v.label === "declared column rename");
    const between = planProjectMigration(project, versions[renameAt - 1]!.ir, config, "before-rename");
    write(between.id, between.files);
    const rename = planProjectMigration(project, versions[renameAt]!.ir, config, "rename");
    write(rename.id, rename.files);
    expect(projectMigrations(project).migrations.map((m) => [m.id, m.findings.map((f) => f.code)])).toEqual([
      ["0001_init", []],
      ["0002_before-rename", expect.any(Array)],
      ["0003_rename", ["SL6008"]],
    ]);
    expect(projectMigrations(project).migrations[2]!.changes).toBe(rename.up.length);
    // Without lint.json (a migration older than it), the snapshots alone see a dropped and an added column.
    fs.rmSync(path.join(project, "migrations", rename.id, LINT_FILE));
    expect(projectMigrations(project).migrations[2]!.findings.map((f) => f.code)).toContain("SL6002");
    expect(projectMigrations(project).diagnostics).toEqual([]);
    // A snapshot that cannot be read is a positioned error, not an empty schema taken silently.
    fs.writeFileSync(path.join(project, "migrations", between.id, "snapshot.json"), "{ not json");
    expect(projectMigrations(project).diagnostics.map((d) => [d.code, d.message])).toEqual([
      ["SL6103", expect.stringContaining(path.join("migrations", between.id, "snapshot.json"))],
    ]);
  } finally {
    fs.rmSync(project, { recursive: true, force: true });
  }
});
