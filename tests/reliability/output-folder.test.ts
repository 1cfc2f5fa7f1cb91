/**
 * The output folder is shared with hand-written files and with whatever a
 * repository commits into it. Through the real CLI on the real file system
 * (real symlinks, real second processes): forged manifests and journals, a
 * directory where an output goes, and concurrent builds must never touch a
 * file outside the folder (a sibling tree is snapshotted before and after),
 * never delete a file specloom did not write, and never leave a mix.
 */
import { createHash } from "node:crypto";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { REPO, assertCliBuilt, crashReason, makeTempDir, parseJsonReport, runCli, snapshotTree, treeDiff, type CliRun } from "./support/cli";

const MANIFEST = ".specloom-manifest.json";
const LOCK = ".specloom.lock";
const DEAD_PID = 4_194_305; // above Linux's pid_max
const sha = (s: string | Buffer) => createHash("sha256").update(s).digest("hex");

let root: string;
/** examples/minimal, built once; each case copies it. */
let template: string;
beforeAll(async () => {
  assertCliBuilt();
  root = makeTempDir("output-folder");
  template = path.join(root, "template");
  fs.cpSync(path.join(REPO, "examples", "minimal"), template, { recursive: true, filter: (src) => !src.includes(`${path.sep}technical`) });
  const first = await runCli(["build", ".", "--format", "json"], { cwd: template });
  expect(first.code).toBe(0);
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

interface Sandbox {
  readonly project: string;
  readonly out: string;
  /** A sibling of the project that nothing may touch. */
  readonly outside: string;
  readonly build: (env?: NodeJS.ProcessEnv, args?: string[]) => Promise<CliRun>;
}

let count = 0;
/** A built project next to an "outside" tree. */
function sandbox(): Sandbox {
  const base = path.join(root, `case-${++count}`);
  const project = path.join(base, "project");
  const outside = path.join(base, "outside");
  fs.cpSync(template, project, { recursive: true });
  fs.mkdirSync(path.join(outside, "dir"), { recursive: true });
  fs.writeFileSync(path.join(outside, "victim.txt"), "must survive\n");
  fs.writeFileSync(path.join(outside, "dir", "schema.sql"), "-- not yours\n");
  const build = (env: NodeJS.ProcessEnv = {}, args: string[] = []) => runCli(["build", ".", "--format", "json", ...args], { cwd: project, env });
  return { project, out: path.join(project, "docs", "technical"), outside, build };
}

function expectClean(run: CliRun, code: number, diagnosticCodes: string[] = []): void {
  expect(crashReason(run)).toBeUndefined();
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code, stderr: "" });
  const errors = parseJsonReport(run.stdout)
    .filter((d) => d.severity === "error")
    .map((d) => d.code);
  expect(errors).toEqual(diagnosticCodes);
}

/** A spec edit that changes the outputs. */
function editSpec(project: string, note: string): void {
  const entry = path.join(project, "spec", "index.ts");
  fs.writeFileSync(entry, fs.readFileSync(entry, "utf8").replace("/** A to-do item. */", `/** A to-do item (${note}). */`));
}

const stagingFolders = (out: string) => fs.readdirSync(out).filter((e) => e.startsWith(".specloom-staging-"));

function forgeManifest(out: string, files: Record<string, string>): void {
  fs.writeFileSync(path.join(out, MANIFEST), JSON.stringify({ format: "specloom-manifest/2", files }));
}

test("a manifest entry through a symlink, '..', or naming a hand-written file deletes nothing it did not write", async () => {
  const s = sandbox();
  fs.symlinkSync(s.outside, path.join(s.out, "link"));
  fs.writeFileSync(path.join(s.out, "architecture.md"), "# Hand-written\n");
  fs.writeFileSync(path.join(s.out, "er.svg.bak"), "generated once, edited since\n");
  const before = snapshotTree(s.outside);
  forgeManifest(s.out, {
    "link/victim.txt": sha("must survive\n"), // the right hash, through a symlink
    "../outside/victim.txt": sha("must survive\n"),
    "..": sha(""),
    "architecture.md": sha("something else"), // named, but not what specloom wrote
    "er.svg.bak": sha("generated once\n"),
  });
  expectClean(await s.build(), 0);
  expect(treeDiff(before, snapshotTree(s.outside))).toEqual([]);
  expect(fs.readFileSync(path.join(s.out, "architecture.md"), "utf8")).toBe("# Hand-written\n");
  expect(fs.existsSync(path.join(s.out, "er.svg.bak"))).toBe(true);
  expect(fs.lstatSync(path.join(s.out, "link")).isSymbolicLink()).toBe(true);
  expect(stagingFolders(s.out)).toEqual([]);
  // The older manifest format (names only) proves nothing either.
  fs.writeFileSync(path.join(s.out, MANIFEST), JSON.stringify(["architecture.md", "link/victim.txt", ".."]));
  expectClean(await s.build(), 0);
  expect(treeDiff(before, snapshotTree(s.outside))).toEqual([]);
  expect(fs.existsSync(path.join(s.out, "architecture.md"))).toBe(true);
});

test("a leftover journal through a symlink writes nothing outside, from a failing build or a good one", async () => {
  const s = sandbox();
  const before = snapshotTree(s.outside);
  const schema = fs.readFileSync(path.join(s.out, "schema.sql"));
  // 1. The staging folder itself is a symlink out of the folder, with a complete-looking journal.
  const linked = path.join(s.outside, "dir");
  fs.symlinkSync(linked, path.join(s.out, ".specloom-staging-1-feed"));
  // 2. A real staging folder whose journal targets a path through a symlink.
  fs.symlinkSync(path.join(s.outside, "dir"), path.join(s.out, "link"));
  const staging = path.join(s.out, ".specloom-staging-2-beef");
  fs.mkdirSync(path.join(staging, "new", "link"), { recursive: true });
  fs.writeFileSync(path.join(staging, "new", "link", "schema.sql"), "DROP TABLE users;\n");
  const journal = {
    buildId: "2-beef",
    complete: true,
    write: [{ path: "link/schema.sql", before: sha("-- not yours\n"), after: sha("DROP TABLE users;\n") }],
    remove: [],
  };
  fs.writeFileSync(path.join(staging, "journal.json"), JSON.stringify(journal));
  const outBefore = snapshotTree(s.out);

  // A failing build touches nothing at all, leftovers included.
  const entry = path.join(s.project, "spec", "index.ts");
  const good = fs.readFileSync(entry, "utf8");
  fs.writeFileSync(entry, `${good}\nconst broken: number = "x";\n`);
  expectClean(await s.build(), 1, ["SL2001"]);
  expect(treeDiff(before, snapshotTree(s.outside))).toEqual([]);
  expect(treeDiff(outBefore, snapshotTree(s.out))).toEqual([]);

  // A good build discards both leftovers without following them.
  fs.writeFileSync(entry, good);
  expectClean(await s.build(), 0);
  expect(treeDiff(before, snapshotTree(s.outside))).toEqual([]);
  expect(stagingFolders(s.out)).toEqual([]);
  expect(fs.readFileSync(path.join(s.out, "schema.sql"))).toEqual(schema);
});

test("a stale journal (its build id's pid reused, outputs newer since) does not bring old outputs back", async () => {
  const s = sandbox();
  const newer = fs.readFileSync(path.join(s.out, "schema.sql"), "utf8");
  const buildId = `${process.pid}-0123456789abcdef`; // a pid that is alive right now
  const staging = path.join(s.out, `.specloom-staging-${buildId}`);
  fs.mkdirSync(path.join(staging, "new"), { recursive: true });
  fs.writeFileSync(path.join(staging, "new", "schema.sql"), "-- old\n");
  const journal = { buildId, complete: true, write: [{ path: "schema.sql", before: sha("-- older\n"), after: sha("-- old\n") }], remove: [] };
  fs.writeFileSync(path.join(staging, "journal.json"), JSON.stringify(journal));
  expectClean(await s.build(), 0);
  expect(fs.readFileSync(path.join(s.out, "schema.sql"), "utf8")).toBe(newer);
  expect(stagingFolders(s.out)).toEqual([]);
});

test("an output whose place holds a directory or a symlink is refused (SL1020) and the old set stays complete", async () => {
  const s = sandbox();
  editSpec(s.project, "changed");
  fs.rmSync(path.join(s.out, "schema.sql"));
  fs.mkdirSync(path.join(s.out, "schema.sql"));
  const outBefore = snapshotTree(s.out);
  const before = snapshotTree(s.outside);
  for (let run = 0; run < 2; run++) {
    expectClean(await s.build(), 2, ["SL1020"]);
    expect(treeDiff(outBefore, snapshotTree(s.out))).toEqual([]); // no staging folder either, on every rerun
  }
  fs.rmdirSync(path.join(s.out, "schema.sql"));
  fs.symlinkSync(path.join(s.outside, "dir", "schema.sql"), path.join(s.out, "schema.sql"));
  expectClean(await s.build(), 2, ["SL1020"]);
  expect(treeDiff(before, snapshotTree(s.outside))).toEqual([]);
});

/** A second real process that holds the folder's lock until `release()` is called; resolves once it holds it. */
function holdLock(out: string): Promise<{ release: () => Promise<number> }> {
  const lockModule = path.join(REPO, "packages", "cli", "dist", "output", "lock.js");
  const script = `const { acquireLock } = require(${JSON.stringify(lockModule)});
const release = acquireLock(require("fs").realpathSync(${JSON.stringify(out)}), "holder", 0);
console.log("locked");
process.stdin.on("data", () => { const at = Date.now(); release(); console.log(at); process.exit(0); });`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["pipe", "pipe", "inherit"] });
  let output = "";
  return new Promise((resolve) =>
    child.stdout.on("data", (d: Buffer) => {
      output += d.toString();
      if (output === "locked\n") {
        const exited = new Promise<number>((done) => child.on("close", () => done(Number(output.split("\n")[1]))));
        resolve({ release: () => (child.stdin.end("go\n"), exited) }); // idempotent: end() twice is harmless
      }
    }),
  );
}

test("a live build's lock makes a second build wait (writing only after it is released), or give up with SL1021", async () => {
  const s = sandbox();
  editSpec(s.project, "changed");
  const outBefore = snapshotTree(s.out);
  const holder = await holdLock(s.out);
  let releasedAt: number;
  try {
    const impatient = await s.build({ SPECLOOM_LOCK_TIMEOUT_MS: "200" });
    expectClean(impatient, 2, ["SL1021"]);
    expect(parseJsonReport(impatient.stdout).find((d) => d.code === "SL1021")!.message).toContain(`pid`);
    expect(treeDiff(outBefore, snapshotTree(s.out))).toEqual(["added .specloom.lock"]);
    const patient = s.build({ SPECLOOM_LOCK_TIMEOUT_MS: "60000" });
    await new Promise((r) => setTimeout(r, 1_500));
    releasedAt = await holder.release();
    expectClean(await patient, 0);
  } finally {
    await holder.release();
  }
  expect(fs.statSync(path.join(s.out, "schema.sql")).mtimeMs).toBeGreaterThanOrEqual(releasedAt - 1);
  expect(fs.existsSync(path.join(s.out, LOCK))).toBe(false);
});

test("a dead build's lock (or one whose pid was reused) is taken over", async () => {
  const s = sandbox();
  const owner = { pid: DEAD_PID, hostname: os.hostname(), started: "1", buildId: "dead" };
  fs.writeFileSync(path.join(s.out, LOCK), JSON.stringify(owner));
  expectClean(await s.build({ SPECLOOM_LOCK_TIMEOUT_MS: "0" }), 0);
  // pid 1 is alive, but started at another time than the lock says: a reused pid.
  fs.writeFileSync(path.join(s.out, LOCK), JSON.stringify({ ...owner, pid: 1, started: "0" }));
  expectClean(await s.build({ SPECLOOM_LOCK_TIMEOUT_MS: "0" }), 0);
  expect(fs.existsSync(path.join(s.out, LOCK))).toBe(false);
});

test("a lock timeout that is not a whole number is a usage error, not a silent default", async () => {
  const s = sandbox();
  const listing = () => fs.readdirSync(s.out).map((f) => [f, fs.statSync(path.join(s.out, f)).mtimeMs]);
  const before = listing();
  expectClean(await s.build({ SPECLOOM_LOCK_TIMEOUT_MS: "soon" }), 2, ["SL1007"]);
  expect(listing()).toEqual(before);
  expectClean(await s.build({ SPECLOOM_LOCK_TIMEOUT_MS: "" }), 0);
});

test("two builds of different specs into one folder at once leave one build's complete set, not a mix", async () => {
  const a = sandbox();
  const b = sandbox();
  editSpec(b.project, "only in b");
  expectClean(await b.build(), 0);
  const shared = path.join(root, `shared-${count}`);
  const [ra, rb] = await Promise.all([a.build({}, ["--out", shared]), b.build({}, ["--out", shared])]);
  expectClean(ra, 0);
  expectClean(rb, 0);
  const result = snapshotTree(shared);
  const sets = [snapshotTree(a.out), snapshotTree(b.out)];
  expect(sets[0]).not.toEqual(sets[1]);
  const diffs = sets.map((set) => treeDiff(set, result));
  expect(diffs.some((d) => d.length === 0) ? [] : diffs).toEqual([]);
});
