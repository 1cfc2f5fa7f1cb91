/** `specloom migrate` and `specloom diff` through the built binary, on a starter project. */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { initProject, runCli, snapshot, STACK_FRAME } from "./helpers";

const spec = (project: string) => path.join(project, "spec-src", "index.ts");
function edit(project: string, from: string, to: string): void {
  const text = fs.readFileSync(spec(project), "utf8");
  if (!text.includes(from)) throw new Error(`spec does not contain ${from}`);
  fs.writeFileSync(spec(project), text.replace(from, to));
}
const NAME = "  name: string & MinLength<2> & MaxLength<100>;\n}";
const git = (cwd: string, ...args: string[]) =>
  spawnSync("git", ["-c", "user.email=t@example.com", "-c", "user.name=t", ...args], { cwd, encoding: "utf8" });

describe("specloom migrate", () => {
  test("first migration, nothing-to-do, --check, then a declared rename with its lint", () => {
    const project = initProject();
    expect(runCli(["migrate", project, "--check"])).toMatchObject({ code: 1, stdout: expect.stringContaining("SL6102") });

    const first = runCli(["migrate", project, "--name", "init"]);
    expect(first).toMatchObject({ code: 0, stdout: expect.stringMatching(/Wrote .*0001_init\/\{up.sql,down.sql,snapshot.json,lint.json\}/) });
    const migrations = path.join(project, "migrations");
    expect(
      fs
        .readdirSync(path.join(migrations, "0001_init"))
        .filter((f) => !f.startsWith("."))
        .sort(),
    ).toEqual(["down.sql", "lint.json", "snapshot.json", "up.sql"]);
    expect(fs.readFileSync(path.join(migrations, "0001_init", "up.sql"), "utf8")).toContain("CREATE TABLE users (");

    const again = runCli(["migrate", project, "--name", "again"]);
    expect(again).toMatchObject({ code: 0, stdout: expect.stringContaining("No schema changes since migration 0001_init; nothing written.") });
    expect(fs.readdirSync(migrations)).toEqual(["0001_init"]);
    expect(runCli(["migrate", project, "--check"])).toMatchObject({ code: 0, stdout: expect.stringContaining("up to date") });

    edit(
      project,
      NAME,
      "  /** @renamedFrom name */\n  displayName: string & MinLength<2> & MaxLength<100>;\n  /** About the user. */\n  bio?: string & MaxLength<500>;\n}",
    );
    // --strict: the rename is a finding, so nothing is written.
    const strict = runCli(["migrate", project, "--name", "add-bio", "--strict"]);
    expect(strict).toMatchObject({ code: 1, stdout: expect.stringContaining("warning SL6008") });
    expect(fs.readdirSync(migrations)).toEqual(["0001_init"]);

    const second = runCli(["migrate", project, "--name", "add-bio"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(
      /spec-src\/index.ts:\d+:\d+ - warning SL6008: Backward-incompatible: renaming column 'users.name' to 'users.display_name'/,
    );
    const up = fs.readFileSync(path.join(migrations, "0002_add-bio", "up.sql"), "utf8");
    expect(up).toContain("ALTER TABLE users RENAME COLUMN name TO display_name;");
    expect(up).toContain("ALTER TABLE users ADD COLUMN bio VARCHAR(500);");
    expect(fs.readFileSync(path.join(migrations, "0002_add-bio", "down.sql"), "utf8")).toContain("ALTER TABLE users RENAME COLUMN display_name TO name;");
    expect(second.stdout + second.stderr).not.toMatch(STACK_FRAME);

    // backend-spec.md §15 lists the migrations with the lint findings recorded in their lint.json.
    expect(runCli(["build", project]).code).toBe(0);
    const doc = fs.readFileSync(path.join(project, "docs", "technical", "backend-spec.md"), "utf8");
    const deployment = doc.slice(doc.indexOf("## 15."), doc.indexOf("## Validation Checklist"));
    expect(deployment).toContain("**Migrations in `migrations/`**:");
    expect(deployment).toMatch(/\| `0001_init` +\| \d+ +\| none +\|/);
    expect(deployment).toMatch(/\| `0002_add-bio` +\| \d+ +\| `SL6008` Backward-incompatible: renaming column 'users\.name' to 'users\.display_name'/);

    // Deterministic: the same spec and history give byte-identical files.
    const files = snapshot(path.join(migrations, "0002_add-bio"));
    fs.rmSync(path.join(migrations, "0002_add-bio"), { recursive: true });
    expect(runCli(["migrate", project, "--name", "add-bio"]).code).toBe(0);
    expect(snapshot(path.join(migrations, "0002_add-bio"))).toEqual(files);
  });

  test("usage errors exit 2", () => {
    expect(runCli(["migrate", "."])).toMatchObject({ code: 2, stdout: expect.stringContaining("needs --name") });
    expect(runCli(["migrate", ".", "--name", "x", "--check"]).code).toBe(2);
    expect(runCli(["diff", "."])).toMatchObject({ code: 2, stdout: expect.stringContaining("needs --base") });
    expect(runCli(["build", ".", "--format", "markdown"]).code).toBe(2);
  });
});

describe("specloom diff", () => {
  test("against a git ref and an IR file: breaking changes fail unless allowed; text, json and markdown", () => {
    const project = initProject();
    expect(git(project, "init", "-q").status).toBe(0);
    git(project, "add", "-A");
    expect(git(project, "commit", "-qm", "base").status).toBe(0);
    edit(project, NAME, "  /** A nickname. */\n  nickname?: string;\n}");
    const text = runCli(["diff", project, "--base", "HEAD"]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("BREAKING  GET /api/users/:id response 200.name: property was removed [response-property-removed]");
    expect(text.stdout).toContain("BREAKING  drop-column users.name");
    expect(text.stdout).toMatch(/POST \/api\/users response 201.nickname: property was added/);

    const json = runCli(["diff", project, "--base", "HEAD", "--format", "json"]);
    const report = JSON.parse(json.stdout) as { breaking: number; api: { id: string; breaking: boolean }[]; findings: { code: string }[] };
    expect(report.breaking).toBe(3);
    expect(report.findings.map((f) => f.code)).toContain("SL6002");
    const md = runCli(["diff", project, "--base", "HEAD", "--format", "markdown", "--allow-breaking"]);
    expect(md).toMatchObject({ code: 0, stdout: expect.stringContaining("### specloom diff against HEAD\n\n**3 breaking changes**") });

    // The base as an IR file: the build of the committed spec.
    git(project, "stash", "-q");
    fs.writeFileSync(
      path.join(project, "specloom.config.json"),
      JSON.stringify({ ...JSON.parse(fs.readFileSync(path.join(project, "specloom.config.json"), "utf8")), emit: ["ir"] }),
    );
    expect(runCli(["build", project]).code).toBe(0);
    const irFile = path.join(project, "docs", "technical", "specloom.ir.json");
    git(project, "checkout", "-q", "--", "specloom.config.json");
    git(project, "stash", "pop", "-q");
    const fromFile = runCli(["diff", project, "--base", irFile, "--format", "json"]);
    expect(JSON.parse(fromFile.stdout)).toMatchObject({ breaking: 3 });
  });

  test("the base's plugins never run: a plugin the base named is neither needed nor imported", () => {
    const project = initProject();
    const configFile = path.join(project, "specloom.config.json");
    const config = JSON.parse(fs.readFileSync(configFile, "utf8")) as Record<string, unknown>;
    // Importing this plugin would leave a canary file next to it.
    fs.writeFileSync(
      path.join(project, "canary-plugin.mjs"),
      'import * as fs from "node:fs";\nfs.writeFileSync(new URL("./imported.txt", import.meta.url), "x");\nexport default { name: "canary" };\n',
    );
    fs.writeFileSync(configFile, JSON.stringify({ ...config, plugins: ["./canary-plugin.mjs"] }));
    expect(git(project, "init", "-q").status).toBe(0);
    git(project, "add", "-A");
    expect(git(project, "commit", "-qm", "base with a plugin").status).toBe(0);
    fs.writeFileSync(configFile, JSON.stringify(config));
    fs.rmSync(path.join(project, "canary-plugin.mjs"));
    const r = runCli(["diff", project, "--base", "HEAD", "--format", "json"]);
    expect(r).toMatchObject({ code: 0 });
    expect(JSON.parse(r.stdout)).toMatchObject({ breaking: 0 });
    expect(fs.existsSync(path.join(project, "imported.txt"))).toBe(false);
  });
});
