/** The generated documents pass markdownlint with the repository's .markdownlint.json. */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { render, REPO_ROOT } from "./spec-src";

const RUNNER = path.join(__dirname, "markdownlint-runner.mjs");
const CONFIG = path.join(REPO_ROOT, ".markdownlint.json");

function lint(files: readonly string[]): string[] {
  const out = execFileSync(process.execPath, [RUNNER, CONFIG, ...files], { cwd: REPO_ROOT, encoding: "utf8" });
  return JSON.parse(out) as string[];
}

test("spec-src and the examples in every language pass markdownlint", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "specloom-md-"));
  const projects = [REPO_ROOT, ...fs.readdirSync(path.join(REPO_ROOT, "examples")).map((e) => path.join(REPO_ROOT, "examples", e))];
  const files: string[] = [];
  for (const project of projects.filter((p) => fs.existsSync(path.join(p, "specloom.config.json")))) {
    for (const language of ["en", "de"]) {
      const file = path.join(dir, `${path.basename(project)}.${language}.md`);
      fs.writeFileSync(file, await render(project, language));
      files.push(file);
    }
  }
  expect(files.length).toBeGreaterThanOrEqual(2);
  expect(lint(files)).toEqual([]);
  fs.rmSync(dir, { recursive: true, force: true });
});
