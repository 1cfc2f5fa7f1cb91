/**
 * The spec sources are user input written against the authoring types, so they
 * must pass the real `tsc --strict` exactly as a user's editor would see them.
 * A second group proves the authoring types reject wrong annotation arguments:
 * without that, a loosened type parameter would let typos through silently.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const TSC = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
const AUTHORING_SRC = path.join(ROOT, "packages", "specloom", "src", "index.ts");

const COMPILER_OPTIONS = {
  moduleResolution: "bundler",
  module: "esnext",
  target: "es2022",
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [] as string[],
};

interface TscResult {
  status: number | null;
  output: string;
}

const tempDirs: string[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "specloom-typecheck-"));
  tempDirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs tsc on a throwaway tsconfig; `--pretty false` keeps one diagnostic per line. */
function runTsc(tsconfig: object): TscResult {
  const dir = tempDir();
  const configPath = path.join(dir, "tsconfig.json");
  fs.writeFileSync(configPath, JSON.stringify(tsconfig, null, 2));
  const res = spawnSync(process.execPath, [TSC, "-p", configPath, "--pretty", "false"], { encoding: "utf8" });
  return { status: res.status, output: `${res.stdout ?? ""}${res.stderr ?? ""}`.trim() };
}

// Each spec resolves "specloom" through node_modules, the way a project using it does.
const SPEC_DIRS = ["spec-src", "examples/ecommerce/spec", "examples/minimal/spec"];

describe("spec sources type-check under tsc --strict", () => {
  beforeAll(() => {
    // node_modules/specloom points at packages/specloom, whose types are its build output.
    const built = path.join(ROOT, "packages", "specloom", "dist", "index.d.ts");
    if (!fs.existsSync(built)) throw new Error(`${built} is missing; run \`npm run build\` first.`);
  });

  test.each(SPEC_DIRS)("%s has no type errors", (rel) => {
    const dir = path.join(ROOT, rel);
    expect(fs.existsSync(path.join(dir, "index.ts"))).toBe(true);
    const result = runTsc({ compilerOptions: COMPILER_OPTIONS, include: [path.join(dir, "**", "*.ts")] });
    expect(result.output).toBe("");
    expect(result.status).toBe(0);
  });
});

/**
 * Each case is a small module in two versions that differ only in one
 * annotation: the good one must compile (so the failure is not a setup
 * problem), the bad one must fail on its body line (marked `// <-`).
 */
interface AnnotationCase {
  name: string;
  good: string;
  bad: string;
}

const HEADER = `import type { Api, AuthConfig, BelongsTo, Endpoint, Entity, Format, MaxLength, Precision, PrimaryKey, UUID } from "specloom";

export interface Owner extends Entity<{}> {
  id: UUID & PrimaryKey;
}
`;

const CASES: AnnotationCase[] = [
  {
    name: "misspelt string format Format<'emial'>",
    good: `export interface A extends Entity<{}> { email: string & Format<"email">; }`,
    bad: `export interface A extends Entity<{}> { email: string & Format<"emial">; } // <-`,
  },
  {
    name: "non-numeric length MaxLength<'x'>",
    good: `export interface A extends Entity<{}> { name: string & MaxLength<100>; }`,
    bad: `export interface A extends Entity<{}> { name: string & MaxLength<"x">; } // <-`,
  },
  {
    name: "non-numeric decimal precision",
    good: `export interface A extends Entity<{}> { price: string & Precision<10, 2>; }`,
    bad: `export interface A extends Entity<{}> { price: string & Precision<"ten", 2>; } // <-`,
  },
  {
    name: "unknown referential action",
    good: `export interface A extends Entity<{}> { owner_id: BelongsTo<Owner, { onDelete: "cascade" }>; }`,
    bad: `export interface A extends Entity<{}> { owner_id: BelongsTo<Owner, { onDelete: "cascades" }>; } // <-`,
  },
  {
    name: "unknown HTTP method and malformed rate limit",
    good: `export interface X extends Api<{}> { op: Endpoint<{ method: "GET"; path: "/"; auth: "public"; responses: { 200: Owner }; rateLimit: "5/min per ip" }>; }`,
    bad: `export interface X extends Api<{}> { op: Endpoint<{ method: "FETCH"; path: "/"; auth: "public"; responses: { 200: Owner }; rateLimit: "5 per minute" }>; } // <-`,
  },
  {
    name: "config duration that is not a Duration",
    good: `export const auth = { strategy: "jwt", accessToken: { ttl: "15m" }, passwordHashing: { algorithm: "bcrypt" }, roles: ["user"] } satisfies AuthConfig;`,
    bad: `export const auth = { strategy: "jwt", accessToken: { ttl: "15 minutes" }, passwordHashing: { algorithm: "bcrypt" }, roles: ["user"] } satisfies AuthConfig; // <-`,
  },
];

/** Type-checks every case as its own module in one tsc run, against the authoring sources via `paths`. */
function checkCases(variant: "good" | "bad"): Map<string, number[]> {
  const dir = tempDir();
  const files = CASES.map((c, i) => {
    const file = path.join(dir, `case${i}.ts`);
    fs.writeFileSync(file, `${HEADER}\n${c[variant]}\n`);
    return file;
  });
  const result = runTsc({ compilerOptions: { ...COMPILER_OPTIONS, paths: { specloom: [AUTHORING_SRC] } }, files });
  // `caseN.ts(LINE,COL): error TSxxxx` -> error lines per case name.
  const errors = new Map<string, number[]>(CASES.map((c) => [c.name, []]));
  for (const m of result.output.matchAll(/case(\d+)\.ts\((\d+),\d+\): error TS\d+/g)) {
    errors.get(CASES[Number(m[1])]!.name)!.push(Number(m[2]));
  }
  const unattributed = result.output.split("\n").filter((l) => l && !/case\d+\.ts\(/.test(l) && !/^\s/.test(l));
  if (unattributed.length > 0) throw new Error(`tsc reported problems outside the cases:\n${result.output}`);
  return errors;
}

/** The body starts after the header and one blank line. */
const BODY_LINE = HEADER.split("\n").length + 1;

describe("wrong annotation arguments are tsc errors", () => {
  let good: Map<string, number[]>;
  let bad: Map<string, number[]>;
  beforeAll(() => {
    good = checkCases("good");
    bad = checkCases("bad");
  });

  test.each(CASES)("$name", ({ name }) => {
    // The correct version compiles, so the failure below is the annotation, not the setup.
    expect(good.get(name)).toEqual([]);
    const lines = bad.get(name)!;
    expect(lines.length).toBeGreaterThan(0);
    expect(new Set(lines)).toEqual(new Set([BODY_LINE]));
  });
});
