/**
 * `specloom diff --base <openapi.json|yaml>` through the built binary. The classification itself is tested
 * in packages/migrate (openapi-diff.test.ts, fast); this proves the CLI wiring: loading JSON and YAML, building
 * the current document, exit codes and the report.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { initProject, runCli } from "./helpers";

const spec = (project: string) => path.join(project, "spec-src", "index.ts");
function edit(project: string, from: string, to: string): void {
  const text = fs.readFileSync(spec(project), "utf8");
  if (!text.includes(from)) throw new Error(`spec does not contain ${from}`);
  fs.writeFileSync(spec(project), text.replace(from, to));
}
const NAME = "  name: string & MinLength<2> & MaxLength<100>;\n}";

describe("specloom diff --base <OpenAPI document>", () => {
  test("against an older OpenAPI document (JSON or YAML): API changes only, classified the same way", () => {
    const project = initProject();
    expect(runCli(["build", project]).code).toBe(0);
    const old = path.join(project, "old");
    fs.mkdirSync(old);
    for (const f of ["openapi.json", "openapi.yaml"]) fs.copyFileSync(path.join(project, "docs", "technical", f), path.join(old, f));
    edit(project, NAME, "  /** A nickname. */\n  nickname?: string;\n}");
    const text = runCli(["diff", project, "--base", path.join(old, "openapi.yaml")]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(
      /BREAKING {2}\S+ \/api\/users\S*: response 20\d application\/json: properties 'name' removed \[response-property-removed\]/,
    );
    expect(text.stdout).toContain("Database changes since");
    expect(text.stdout).toContain("not compared (the base is an OpenAPI document)");
    const json = runCli(["diff", project, "--base", path.join(old, "openapi.json"), "--format", "json", "--allow-breaking"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ databaseCompared: false, database: [] });
    expect((JSON.parse(json.stdout) as { breaking: number }).breaking).toBeGreaterThan(0);
  });
});
