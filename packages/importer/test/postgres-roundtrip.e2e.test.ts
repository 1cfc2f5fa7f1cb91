/**
 * `specloom import postgres` on real DDL: every project's schema.sql, and a
 * fixture with every constraint kind, imported and built again must give the
 * same PostgreSQL catalog (read back from PGlite, compared structurally).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Catalog } from "../src";

const root = path.resolve(__dirname, "../../..");
const bin = path.join(root, "packages/cli/dist/bin.js");
const fixtures = path.join(__dirname, "fixtures");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "specloom-import-pg-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function cli(...args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function catalogs(...files: string[]): Catalog[] {
  const r = spawnSync(process.execPath, [path.join(__dirname, "catalog-of.mjs"), ...files], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Catalog[];
}

interface Reported {
  readonly code: string;
  readonly severity: string;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

/** Imports `ddl` into a new project, builds it, and returns the rebuilt schema.sql and what the import reported. */
function roundTrip(name: string, ddl: string, buildCodes: string[] = []): { rebuilt: string; reported: Reported[]; project: string } {
  const project = path.join(tmp, `${name}-imported`);
  const imported = cli("import", "postgres", ddl, "--out", project, "--format", "json");
  expect({ status: imported.status, stderr: imported.stderr }).toEqual({ status: 0, stderr: "" });
  const out = path.join(tmp, `${name}-rebuilt`);
  const built = cli("build", project, "--out", out, "--format", "json");
  const buildDiagnostics = (JSON.parse(built.stdout) as { diagnostics: Reported[] }).diagnostics;
  expect({ status: built.status, codes: buildDiagnostics.map((d) => d.code) }).toEqual({ status: 0, codes: buildCodes });
  return { rebuilt: path.join(out, "schema.sql"), reported: (JSON.parse(imported.stdout) as { diagnostics: Reported[] }).diagnostics, project };
}

const projects = [
  { name: "spec-src", dir: "." },
  { name: "minimal", dir: "examples/minimal" },
  { name: "ecommerce", dir: "examples/ecommerce" },
];

describe.each(projects)("$name: schema.sql → import → build", ({ name, dir }) => {
  test("gives the same catalog, with nothing reported", () => {
    const out = path.join(tmp, `${name}-original`);
    expect(cli("build", dir, "--out", out).status).toBe(0);
    const original = path.join(out, "schema.sql");
    const { rebuilt, reported } = roundTrip(name, original);
    expect(reported).toEqual([]);
    const [before, after] = catalogs(original, rebuilt);
    expect(after).toEqual(before);
    expect(before!.tables.length).toBeGreaterThan(0);
  });
});

describe("a fixture with every constraint kind", () => {
  const ddl = path.join(fixtures, "every-constraint.sql");

  test("round-trips to the same catalog", () => {
    const { rebuilt, reported } = roundTrip("every-constraint", ddl);
    expect(reported).toEqual([]);
    const [before, after] = catalogs(ddl, rebuilt);
    expect(after).toEqual(before);
    const kinds = new Set(before!.tables.flatMap((t) => t.constraints.map((c) => c.kind)));
    expect([...kinds].sort()).toEqual(["check", "foreign", "primary", "unique"]);
    expect(before!.tables.flatMap((t) => t.indexes).some((i) => i.where && !i.unique)).toBe(true);
    expect(before!.enums).toHaveLength(1);
  });

  test("is deterministic: importing twice writes the same files", () => {
    const a = path.join(tmp, "det-a");
    const b = path.join(tmp, "det-b");
    expect(cli("import", "postgres", ddl, "--out", a).status).toBe(0);
    expect(cli("import", "postgres", ddl, "--out", b).status).toBe(0);
    const read = (d: string) =>
      fs
        .readdirSync(d, { recursive: true, encoding: "utf8" })
        .sort()
        .map((f) => [f, fs.statSync(path.join(d, f)).isFile() ? fs.readFileSync(path.join(d, f), "utf8") : ""]);
    expect(read(b)).toEqual(read(a));
  });
});

describe("a database without enum types and with an unindexed FK", () => {
  test("round-trips through sql.enums 'check' and autoIndexForeignKeys false", () => {
    const ddl = path.join(fixtures, "check-values.sql");
    // The checker's fk-index rule rightly flags the FK the source database leaves unindexed.
    const { rebuilt, reported, project } = roundTrip("check-values", ddl, ["SL4005"]);
    expect(reported).toEqual([]);
    const [before, after] = catalogs(ddl, rebuilt);
    expect(after).toEqual(before);
    expect(JSON.parse(fs.readFileSync(path.join(project, "specloom.config.json"), "utf8"))).toMatchObject({
      sql: { enums: "check", autoIndexForeignKeys: false },
    });
  });
});

describe("what the DSL cannot express", () => {
  test("is reported object by object, and the rest still imports and builds", () => {
    const { reported, project } = roundTrip("unsupported", path.join(fixtures, "unsupported.sql"));
    const lines = reported.map((d) => `${d.code} ${d.file ? `${path.basename(d.file)}:${d.line}:${d.column}` : "-"} ${d.message}`);
    const expected = [
      /SL7005 unsupported.sql:2:1 default of column 'events\.seq'.*becomes GENERATED BY DEFAULT AS IDENTITY/,
      /SL7005 unsupported.sql:2:1 type of column 'events\.starts_at'.*TIMESTAMP becomes TIMESTAMPTZ/,
      /SL7005 unsupported.sql:2:1 type of column 'events\.room'.*VARCHAR\(4\)/,
      /SL7005 unsupported.sql:2:1 type of column 'events\.ip'.*inet has no DSL type/,
      /SL7004 unsupported.sql:2:1 index 'events_lower_room'.*expression indexes/,
      /SL7004 unsupported.sql:\d+:1 foreign key 'booking_notes_event_id_room_fkey'.*single-column/,
      /SL7004 unsupported.sql:2:1 trigger 'events_touch'/,
      /SL7004 - view 'upcoming'/,
      /SL7005 unsupported.sql:\d+:1 constraint 'members_email_key' on table 'members'.*specloom names it 'uq_members_email'/,
    ];
    for (const re of expected) expect(lines).toContainEqual(expect.stringMatching(re));
    expect(reported.every((d) => d.severity === "warning")).toBe(true);
    const event = fs.readFileSync(path.join(project, "spec/models/event.ts"), "utf8");
    expect(event).toContain("export interface Event extends Entity");
    // Identity columns and table-level checks have DSL forms: imported, not reported.
    expect(event).toMatch(/id: BigInt64 & PrimaryKey & Identity<"always">;/);
    expect(event).toMatch(/seq: Int & Identity;/);
    expect(event).toContain('checks: { events_time_order: "ends_at > starts_at" }');
    expect(fs.readFileSync(path.join(project, "spec/models/member.ts"), "utf8")).toContain(
      'checks: { members_check: "(age >= 0) AND (char_length(email) >= 3)" }',
    );
    expect(lines.filter((l) => /identity of|events_time_order|members_check/.test(l))).toEqual([]);
  });
});
