/**
 * `specloom import postgres postgres://…` against a real PostgreSQL server
 * (Debian's, started here on the loopback with a throw-away cluster): the
 * same database read live and read from its DDL file gives the same project.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { Client } from "pg";

const root = path.resolve(__dirname, "../../..");
const bin = path.join(root, "packages/cli/dist/bin.js");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "specloom-import-live-"));

/** Debian's server binaries, newest version first. */
function serverBin(): string | undefined {
  const base = "/usr/lib/postgresql";
  if (!fs.existsSync(base)) return undefined;
  const versions = fs
    .readdirSync(base)
    .filter((v) => fs.existsSync(path.join(base, v, "bin", "postgres")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(base, versions[0], "bin") : undefined;
}

const binDir = serverBin();
// CI installs the server (.ci/run); elsewhere the test says why it did not run.
const live = binDir ? describe : process.env.CI ? describe : describe.skip;
if (!binDir && !process.env.CI) console.log("SKIPPED live import test: no PostgreSQL server (apt-get install postgresql)");

/** Runs a server binary as the `postgres` user when we are root (PostgreSQL refuses to run as root). */
function asServerUser(cmd: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", cmd, ...args]] : [cmd, args];
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (server.exitCode !== null) throw new Error(`postgres exited with ${server.exitCode}`);
    const client = new Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error("postgres did not start in 30 s");
}

function cli(...args: string[]): { status: number; stdout: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8" });
  return { status: r.status ?? -1, stdout: r.stdout + r.stderr };
}

/** Every file under `dir` with its content; the header line that names the source is left out. */
function projectContents(dir: string): [string, string][] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .sort()
    .map((f) => [f, fs.readFileSync(path.join(dir, f), "utf8").replace(/^\/\/ Imported by specloom from .*\n/, "")]);
}

live("import from a live server", () => {
  let server: ChildProcess | undefined;
  let url = "";

  beforeAll(async () => {
    if (!binDir) throw new Error("CI must install PostgreSQL's server (apt-get install postgresql): the live import test needs it");
    const data = path.join(tmp, "data");
    fs.mkdirSync(data);
    if (process.getuid?.() === 0) spawnSync("chown", ["-R", "postgres", tmp]);
    const init = spawnSync(...asServerUser(path.join(binDir, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync"]), {
      encoding: "utf8",
    });
    if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
    const port = await freePort();
    const [cmd, args] = asServerUser(path.join(binDir, "postgres"), [
      "-D",
      data,
      "-p",
      String(port),
      "-k",
      tmp,
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "fsync=off",
    ]);
    server = spawn(cmd, args, { stdio: "ignore" });
    url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    await waitForServer(url, server);
  }, 60_000);

  afterAll(async () => {
    if (server && server.exitCode === null && binDir) {
      // pg_ctl, not a signal: runuser does not pass SIGINT on to the server.
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      spawnSync(...asServerUser(path.join(binDir, "pg_ctl"), ["stop", "-D", path.join(tmp, "data"), "-m", "immediate"]));
      await exited;
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test("reads the same project as the DDL file it was created from", async () => {
    const built = path.join(tmp, "built");
    expect(cli("build", "examples/ecommerce", "--out", built).status).toBe(0);
    const ddl = fs.readFileSync(path.join(built, "schema.sql"), "utf8");
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query(ddl);
    await client.end();

    const fromServer = path.join(tmp, "from-server");
    const fromFile = path.join(tmp, "from-file");
    const a = cli("import", "postgres", url, "--out", fromServer);
    expect(a).toMatchObject({ status: 0 });
    // Every table of the example, join tables included, comes back as an entity.
    const tables = ddl.match(/^CREATE TABLE /gm)?.length ?? 0;
    expect(tables).toBeGreaterThan(10);
    expect(a.stdout).toContain(`Imported ${tables} entities`);
    expect(cli("import", "postgres", path.join(built, "schema.sql"), "--out", fromFile).status).toBe(0);
    const server = projectContents(fromServer).filter(([f]) => f !== "specloom.config.json" && !f.startsWith("docs/"));
    expect(server).toEqual(projectContents(fromFile).filter(([f]) => f !== "specloom.config.json" && !f.startsWith("docs/")));
    expect(JSON.parse(fs.readFileSync(path.join(fromServer, "specloom.config.json"), "utf8"))).toMatchObject({ projectName: "postgres" });
  });

  test("a schema that does not exist is a clear error", () => {
    const r = cli("import", "postgres", url, "--schema", "nope", "--out", path.join(tmp, "nope"));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/SL7002: Import source is invalid: schema 'nope' has no tables or enum types/);
    expect(fs.existsSync(path.join(tmp, "nope"))).toBe(false);
  });
});
