/** Malformed import sources: a clear diagnostic, exit 1 or 2, no stack trace, nothing written. */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";

const root = path.resolve(__dirname, "../../..");
const bin = path.join(root, "packages/cli/dist/bin.js");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "specloom-import-bad-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function cli(...args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: tmp, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function expectClean(r: { stdout: string; stderr: string }, out: string): void {
  expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at .+\(.*:\d+:\d+\)/);
  expect(fs.existsSync(out)).toBe(false);
}

/** A loopback port with nothing listening. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test("DDL that PostgreSQL rejects: exit 1, positioned at the error", () => {
  const file = path.join(tmp, "broken.sql");
  fs.writeFileSync(file, "CREATE TABLE a (id UUID PRIMARY KEY);\nCREATE TABLE b (\n  id UUID PRIMARY KEY,\n  a_id UUID REFERENCES missing(id)\n);\n");
  const out = path.join(tmp, "out-broken");
  const r = cli("import", "postgres", file, "--out", out);
  expect(r.status).toBe(1);
  expect(r.stdout).toMatch(/broken\.sql:\d+:\d+ - error SL7002: Import source is invalid: PostgreSQL rejected the DDL: relation "missing" does not exist/);
  expectClean(r, out);
});

test("a syntax error is positioned on its line", () => {
  const file = path.join(tmp, "syntax.sql");
  fs.writeFileSync(file, "CREATE TABLE ok (id UUID PRIMARY KEY);\n\nCREAT TABLE nope (id INT);\n");
  const out = path.join(tmp, "out-syntax");
  const r = cli("import", "postgres", file, "--out", out, "--format", "json");
  expect(r.status).toBe(1);
  const { diagnostics } = JSON.parse(r.stdout) as { diagnostics: { code: string; file: string; line: number; column: number }[] };
  expect(diagnostics).toEqual([expect.objectContaining({ code: "SL7002", file: "syntax.sql", line: 3, column: 1 })]);
  expectClean(r, out);
});

test("a missing file: exit 2", () => {
  const out = path.join(tmp, "out-missing");
  const r = cli("import", "postgres", "nowhere.sql", "--out", out);
  expect(r.status).toBe(2);
  expect(r.stdout).toMatch(/SL7001: Cannot read import source '.*nowhere\.sql': ENOENT/);
  expectClean(r, out);
});

test("an unreachable server: exit 2, password not echoed", async () => {
  const out = path.join(tmp, "out-unreachable");
  const r = cli("import", "postgres", `postgres://me:s3cret@127.0.0.1:${await closedPort()}/shop`, "--out", out);
  expect(r.status).toBe(2);
  expect(r.stdout).toMatch(/SL7003: Cannot connect to 'postgres:\/\/me:\*\*\*@127\.0\.0\.1:\d+\/shop': .*ECONNREFUSED/);
  expect(r.stdout + r.stderr).not.toContain("s3cret");
  expectClean(r, out);
});

test("an empty schema: exit 1, nothing written", () => {
  const file = path.join(tmp, "empty.sql");
  fs.writeFileSync(file, "-- nothing here\n");
  const out = path.join(tmp, "out-empty");
  const r = cli("import", "postgres", file, "--out", out);
  expect(r.status).toBe(1);
  expect(r.stdout).toMatch(/SL7002: .*schema 'public' has no tables or enum types/);
  expectClean(r, out);
});

test("an output folder that already holds a project: exit 2, nothing overwritten", () => {
  const file = path.join(tmp, "one.sql");
  fs.writeFileSync(file, "CREATE TABLE things (id UUID PRIMARY KEY);\n");
  const out = path.join(tmp, "out-taken");
  fs.mkdirSync(out);
  fs.writeFileSync(path.join(out, "specloom.config.json"), '{ "mine": true }\n');
  const r = cli("import", "postgres", file, "--out", out);
  expect(r.status).toBe(2);
  expect(r.stdout).toMatch(/'specloom.config.json' already exists .* import never overwrites files/);
  expect(fs.readdirSync(out)).toEqual(["specloom.config.json"]);
  expect(fs.readFileSync(path.join(out, "specloom.config.json"), "utf8")).toBe('{ "mine": true }\n');
});

test.each([
  [["import"], /'import' needs a kind: postgres/],
  [["import", "mysql", "x.sql"], /Unknown import kind 'mysql'/],
  [["import", "postgres"], /'import postgres' needs a source/],
  [["import", "postgres", "a.sql", "b.sql"], /Unexpected argument 'b.sql'/],
  [["import", "postgres", "a.sql", "--strict"], /Option '--strict' is not valid for 'import'/],
  [["build", ".", "--schema", "x"], /Option '--schema' is not valid for 'build'/],
])("usage: %j", (args, message) => {
  const r = cli(...args);
  expect(r.status).toBe(2);
  expect(r.stdout + r.stderr).toMatch(message);
});
