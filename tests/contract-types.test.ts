/**
 * Runs the compile-time contract checks (tests/contract/*.ts) through the real
 * TypeScript compiler, against the sources of both packages, so `npm test`
 * fails when the authoring types and the IR contract drift apart.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ts from "typescript";

const REPO_ROOT = path.resolve(__dirname, "..");
const CHECKS = path.join(__dirname, "contract/config-types.ts");

function typeErrors(files: string[]): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
    types: ["node"],
    skipLibCheck: true,
    paths: {
      specloom: [path.join(REPO_ROOT, "packages/specloom/src/index.ts")],
      "@specloom/core": [path.join(REPO_ROOT, "packages/core/src/index.ts")],
    },
  };
  const program = ts.createProgram(files, options);
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file ? path.relative(REPO_ROOT, d.file.fileName) : ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
}

// One program for both files: creating it is what takes the time.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "specloom-contract-"));
const PROBE = path.join(dir, "probe.ts");
// The same Equal as the checks, applied to a contract type with one key less.
fs.writeFileSync(
  PROBE,
  [
    'import type * as Authoring from "specloom";',
    'import type * as Contract from "@specloom/core";',
    "type Equal<X, Y> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false;",
    "type Expect<T extends true> = T;",
    'export type Drift = Expect<Equal<Authoring.AuthConfig, Omit<Contract.AuthConfig, "roles">>>;',
  ].join("\n"),
);
const errors = typeErrors([CHECKS, PROBE]);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("the authoring package's config and enum types are the IR contract's", () => {
  expect(errors.filter((e) => !e.includes("probe.ts"))).toEqual([]);
});

test("a drifted type fails the check (the check can fail)", () => {
  expect(errors.filter((e) => e.includes("probe.ts"))).toEqual([expect.stringContaining("does not satisfy the constraint 'true'")]);
});
