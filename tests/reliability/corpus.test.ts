/**
 * The bad-input corpus: every tests/bad-inputs/<case>/ is a small project that
 * must fail cleanly. Each case runs through the real CLI's main() (in a temp
 * copy, with sentinel "previous outputs" seeded; one long-lived CLI process per
 * core, see support/cli-server.cjs) and must exit with its expected code,
 * report its expected diagnostics (code, file, line), print no stack trace, and
 * leave every file of the project byte-identical.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import {
  CONCURRENCY,
  CliServer,
  REPO,
  assertCliBuilt,
  crashReason,
  makeTempDir,
  parseJsonReport,
  pool,
  seedSentinels,
  snapshotTree,
  treeDiff,
  type CliRun,
} from "./support/cli";

const CORPUS = path.join(REPO, "tests", "bad-inputs");

interface ExpectedDiagnostic {
  readonly code: string;
  /** Relative to the project; null for project-wide diagnostics. */
  readonly file: string | null;
  readonly line: number | null;
}

interface Expected {
  readonly description: string;
  /** CLI command; anything but build/check tests usage errors. */
  readonly command: string;
  readonly args?: readonly string[];
  /** Project directory argument, relative to the case (default "."). */
  readonly dir?: string;
  /** "text" when --format json cannot apply (a bad --format). */
  readonly format?: "json" | "text";
  readonly exitCode: 1 | 2;
  readonly diagnostics: readonly ExpectedDiagnostic[];
  /** A known bug: the case documents the expectation and is skipped until fixed. */
  readonly skip?: string;
}

interface Case {
  readonly name: string;
  readonly dir: string;
  readonly expected: Expected;
}

function loadCases(): Case[] {
  return fs
    .readdirSync(CORPUS, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const dir = path.join(CORPUS, name);
      return { name, dir, expected: JSON.parse(fs.readFileSync(path.join(dir, "expected.json"), "utf8")) as Expected };
    });
}

/** The output directory a case's build would write to, as the CLI resolves it. */
function outDirOf(project: string, expected: Expected): string {
  const args = expected.args ?? [];
  const out = args.indexOf("--out");
  if (out >= 0) return path.resolve(project, args[out + 1]!);
  let documentationDir = "docs";
  try {
    const config = JSON.parse(fs.readFileSync(path.join(project, expected.dir ?? ".", "specloom.config.json"), "utf8"));
    if (typeof config?.documentationDir === "string") documentationDir = config.documentationDir;
  } catch {
    // a missing or broken config is what some cases test
  }
  return path.resolve(project, expected.dir ?? ".", documentationDir, "technical");
}

interface Outcome {
  readonly run: CliRun;
  readonly seeded: boolean;
  readonly changed: readonly string[];
}

async function runCase(c: Case, root: string, cli: CliServer): Promise<Outcome> {
  const project = path.join(root, c.name);
  fs.cpSync(c.dir, project, { recursive: true });
  fs.rmSync(path.join(project, "expected.json"));
  // Seed only inside a project that exists: creating the output directory must not create a missing project.
  const projectDir = path.resolve(project, c.expected.dir ?? ".");
  const exists = fs.existsSync(projectDir) && fs.statSync(projectDir).isDirectory();
  const seeded = exists && seedSentinels(outDirOf(project, c.expected));
  const before = snapshotTree(project);
  const { expected } = c;
  const format = expected.format ?? "json";
  const args = [expected.command, expected.dir ?? ".", "--format", format, ...(expected.args ?? [])];
  const run = await cli.run(args, { cwd: project });
  return { run, seeded, changed: treeDiff(before, snapshotTree(project)) };
}

/** Diagnostics as (code, file, line) triples, from JSON or from text output. */
function reported(run: CliRun, format: "json" | "text"): ExpectedDiagnostic[] {
  if (format === "json") return parseJsonReport(run.stdout).map((d) => ({ code: d.code, file: d.file, line: d.line }));
  const out: ExpectedDiagnostic[] = [];
  for (const m of run.stdout.matchAll(/^(?:(.+?):(\d+):\d+ - )?(?:error|warning) (SL\d{4}):/gm)) {
    out.push({ code: m[3]!, file: m[1] ?? null, line: m[2] ? Number(m[2]) : null });
  }
  return out;
}

const show = (d: ExpectedDiagnostic) => `${d.code} at ${d.file ?? "(project)"}${d.line === null ? "" : `:${d.line}`}`;

const cases = loadCases();
const outcomes = new Map<string, Outcome>();
let root: string;

beforeAll(async () => {
  assertCliBuilt();
  root = makeTempDir("corpus");
  const runnable = cases.filter((c) => !c.expected.skip);
  const idle = Array.from({ length: CONCURRENCY }, () => new CliServer());
  const servers = [...idle];
  try {
    const results = await pool(runnable, CONCURRENCY, async (c) => {
      const cli = idle.pop()!;
      try {
        return await runCase(c, root, cli);
      } finally {
        idle.push(cli);
      }
    });
    runnable.forEach((c, i) => outcomes.set(c.name, results[i]!));
  } finally {
    for (const s of servers) s.close();
  }
}, 600_000);

afterAll(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe("bad-input corpus", () => {
  test("has at least 40 cases, one per checker rule among them", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    const rulesDir = path.join(REPO, "packages", "checker", "src", "rules");
    const ruleIds = fs
      .readdirSync(rulesDir)
      .filter((f) => f.endsWith(".ts") && f !== "index.ts")
      .map((f) => f.replace(/\.ts$/, ""));
    const missing = ruleIds.filter((id) => !cases.some((c) => c.name === `rule-${id}`));
    expect(missing).toEqual([]);
  });

  for (const c of cases) {
    if (c.expected.skip) {
      // Known bug, documented in expected.json; remove "skip" once fixed.
      test.skip(`${c.name}: ${c.expected.skip}`, () => undefined);
      continue;
    }
    test(`${c.name}: ${c.expected.description}`, () => {
      const outcome = outcomes.get(c.name);
      if (!outcome) throw new Error("the case did not run (see beforeAll)");
      const { run } = outcome;
      const context = `\n--- stdout\n${run.stdout.slice(0, 3000)}\n--- stderr\n${run.stderr.slice(0, 3000)}`;
      const crash = crashReason(run);
      if (crash) throw new Error(`crash: ${crash}${context}`);
      if (run.code !== c.expected.exitCode) throw new Error(`exit code ${run.code}, expected ${c.expected.exitCode}${context}`);
      const got = reported(run, c.expected.format ?? "json");
      const missing = c.expected.diagnostics.filter((e) => !got.some((g) => g.code === e.code && g.file === e.file && g.line === e.line));
      if (missing.length > 0) {
        throw new Error(`missing ${missing.map(show).join(", ")}; reported: ${got.map(show).join(", ") || "nothing"}${context}`);
      }
      // Spec errors (exit 1) happen inside a project that has outputs to protect: they must have been seeded.
      if (c.expected.exitCode === 1) expect(outcome.seeded).toBe(true);
      expect(outcome.changed).toEqual([]);
    });
  }
});
