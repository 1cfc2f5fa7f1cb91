/**
 * Hostile-string property test: specs with quotes, newlines, `*\/`, `$$`, `--`,
 * NUL, backticks, pipes, `<script>`, script URLs, RTL marks, astral characters
 * and very long strings in every string position. Each build must either fail
 * with a diagnostic (exit 1) or produce artifacts that real consumers read as
 * intended: PostgreSQL, tsc --strict + import, YAML 1.1/1.2 readers, Mermaid,
 * a Markdown renderer and a .env reader. Nothing outside the output folder
 * may change.
 *
 * SPECLOOM_HOSTILE_COUNT / SPECLOOM_HOSTILE_SEED widen the run (`npm run fuzz -- --hostile`).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildTableModel } from "@specloom/model";
import { parseDiagrams } from "../../packages/emitter-mermaid/test/parse";
import { closeDatabase, database } from "../../packages/emitter-sql/test/pglite";
import { checkEnvFile, checkFileNames, checkMarkdown, checkOpenApiDescriptions, checkSql, checkYaml, importSetsCanary, tscStrictByFile } from "./checks";
import { buildCase, createWorkspace, type BuiltCase } from "./harness";
import { REGRESSIONS } from "./regressions";
import { configSource, drawValues, POSITIONS, specSource, type Values } from "./spec";
import { rng } from "./strings";

const COUNT = Number(process.env.SPECLOOM_HOSTILE_COUNT ?? 6);
const SEED = Number(process.env.SPECLOOM_HOSTILE_SEED ?? 1);

interface Case {
  readonly name: string;
  readonly values: Values;
  /** A diagnostic code the build must report (exit 1), for inputs that must be rejected. */
  readonly rejectWith?: string;
  built?: BuiltCase;
}

const cases: Case[] = [
  ...REGRESSIONS.map((r) => ({ name: r.name, values: { ...POSITIONS, ...r.values }, ...(r.rejectWith ? { rejectWith: r.rejectWith } : {}) })),
  ...Array.from({ length: COUNT }, (_, i) => ({ name: `seed-${SEED}-${i}`, values: drawValues(rng(SEED * 100_003 + i), 0.02) })),
];

const workspace = createWorkspace(fs.mkdtempSync(path.join(os.tmpdir(), "specloom-hostile-")));
/** Problems of the running test, by case; every test starts empty (see beforeEach). */
let problems = new Map<string, string[]>();
let failedCases = 0;
const report = (c: Case, list: readonly string[]) => {
  if (list.length > 0) problems.set(c.name, [...(problems.get(c.name) ?? []), ...list]);
};
const built = () => cases.filter((c) => c.built?.exitCode === 0);

beforeAll(async () => {
  for (const c of cases) {
    c.built = await buildCase(workspace, c.name, { "specloom.config.json": configSource(c.values), "spec/index.ts": specSource(c.values) });
  }
});

beforeEach(() => {
  failedCases += problems.size;
  problems = new Map();
});

afterAll(async () => {
  failedCases += problems.size;
  await closeDatabase();
  // Kept for inspection when something failed; the failure message names the case folder.
  if (failedCases === 0 && built().length > 0 && !process.env.SPECLOOM_HOSTILE_KEEP) fs.rmSync(workspace, { recursive: true, force: true });
});

/** The failures, with what it takes to reproduce each. */
function describeProblems(): string {
  return [...problems]
    .map(([name, list]) => {
      const c = cases.find((x) => x.name === name)!;
      const hostile = Object.fromEntries(Object.entries(c.values).filter(([k, v]) => POSITIONS[k as keyof Values] !== v));
      return `${name} (${c.built?.dir}):\n  ${list.join("\n  ")}\n  values: ${JSON.stringify(hostile)}`;
    })
    .join("\n\n");
}

test("every build exits 0, or exits 1 with a positioned or project-wide diagnostic; none crashes", () => {
  for (const c of cases) {
    const b = c.built!;
    const list: string[] = [];
    if (b.thrown) list.push(`build threw: ${b.thrown.split("\n")[0]}`);
    if (b.exitCode !== 0 && b.exitCode !== 1) list.push(`exit code ${b.exitCode}`);
    const internal = b.diagnostics.filter((d) => d.code === "SL9001" || /Internal compiler error/.test(d.message));
    if (internal.length) list.push(`internal error: ${internal[0]!.message}`);
    if (b.exitCode === 1 && !b.diagnostics.some((d) => d.severity === "error")) list.push("exit 1 without an error diagnostic");
    if (c.rejectWith && !b.diagnostics.some((d) => d.code === c.rejectWith))
      list.push(`expected ${c.rejectWith}, got ${b.diagnostics.map((d) => d.code).join(", ") || "none"}`);
    report(c, list);
  }
  expect(describeProblems()).toBe("");
  // The generator must keep most cases buildable, or the artifact checks below prove little.
  const rejected = cases
    .filter((c) => c.built!.exitCode !== 0)
    .map(
      (c) =>
        `${c.name}: ${c
          .built!.diagnostics.filter((d) => d.severity === "error")
          .slice(0, 2)
          .map((d) => `${d.code} ${d.message.slice(0, 120)}`)
          .join(" / ")}`,
    );
  if (built().length < Math.ceil(cases.length / 3)) throw new Error(`only ${built().length} of ${cases.length} cases built:\n${rejected.join("\n")}`);
});

test("no file outside the output folder is created, changed or removed", () => {
  for (const c of cases)
    report(
      c,
      c.built!.touchedOutside.map((p) => `touched outside the output folder: ${p}`),
    );
  expect(describeProblems()).toBe("");
});

test("schema.sql applies in one transaction and the catalog holds exactly the declared objects", async () => {
  const db = await database();
  for (const [i, c] of built().entries()) {
    const b = c.built!;
    const model = buildTableModel(b.ir!, b.config!.sql);
    const declared = {
      tables: model.tables.map((t) => t.name),
      enums: model.enums.map((e) => e.name),
      functions: model.updatedAtFunction ? [model.updatedAtFunction] : [],
    };
    report(c, await checkSql(db, `hostile_${SEED}_${i}`, b.artifacts.get("schema.sql")!, declared));
  }
  expect(describeProblems()).toBe("");
});

test("validators.ts compiles under tsc --strict, and importing it has no side effect", () => {
  const dir = path.join(workspace, "tsc");
  fs.mkdirSync(dir, { recursive: true });
  fs.symlinkSync(path.join(workspace, "node_modules"), path.join(dir, "node_modules"), "dir");
  const files = built().map((c, i) => {
    const file = `case_${i}.ts`;
    fs.writeFileSync(path.join(dir, file), c.built!.artifacts.get("validators.ts")!);
    return file;
  });
  const errors = tscStrictByFile(dir, files);
  built().forEach((c, i) => {
    report(c, (errors.get(`case_${i}.ts`) ?? []).slice(0, 3));
    if (importSetsCanary(c.built!.artifacts.get("validators.ts")!)) report(c, ["importing validators.ts ran code from the spec (canary set)"]);
  });
  expect(errors.get("(unattributed)") ?? []).toEqual([]);
  expect(describeProblems()).toBe("");
});

test("openapi.yaml reads back as openapi.json in YAML 1.1 and 1.2", () => {
  for (const c of built()) report(c, checkYaml(c.built!.artifacts.get("openapi.yaml")!, c.built!.artifacts.get("openapi.json")!));
  expect(describeProblems()).toBe("");
});

test("every .mmd parses with Mermaid's parser, with one entity per table", async () => {
  const diagrams = built().flatMap((c) => [...c.built!.artifacts].filter(([name]) => name.endsWith(".mmd")).map(([name, text]) => ({ c, name, text })));
  const parsed = await parseDiagrams(diagrams.map((d) => d.text));
  diagrams.forEach((d, i) => {
    const p = parsed[i]!;
    if (!p.ok) report(d.c, [`${d.name} does not parse: ${p.error}`]);
    else if (d.name === "er.mmd") {
      const tables = (d.text.match(/^ {2}\S.*\{$/gm) ?? []).length;
      if (Object.keys(p.entities).length !== tables)
        report(d.c, [`${d.name}: Mermaid sees ${Object.keys(p.entities).length} entities, the diagram declares ${tables}`]);
    }
  });
  expect(describeProblems()).toBe("");
});

test("backend-spec.md and OpenAPI descriptions render no script URL or script tag; .env.example declares exactly the collected variables", () => {
  for (const c of built()) {
    const b = c.built!;
    report(c, checkMarkdown(b.artifacts.get("backend-spec.md")!));
    report(c, checkOpenApiDescriptions(b.artifacts.get("openapi.json")!));
    const expected = new Map([
      ["JWT_SECRET", ""],
      ["MAIL_KEY", c.values.mailKeyExample],
      ["APP_URL", c.values.envExample],
      ["PORT", "3000"],
    ]);
    report(c, checkEnvFile(b.artifacts.get(".env.example")!, expected));
    report(c, checkFileNames([...b.artifacts.keys()]));
  }
  expect(describeProblems()).toBe("");
});
