/**
 * Watch mode's incremental rebuild (front end replaying unchanged declarations, emitters reusing their
 * per-node caches, only changed files written) gives, after every edit of a chain, exactly what a fresh
 * build of the edited spec gives: the same artifacts byte for byte and the same diagnostics.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseCliArgs } from "../src/args";
import { runPipeline } from "../src/pipeline";
import { Reporter } from "../src/report";
import { incrementalBuilder } from "../src/watch";
import { MANIFEST } from "../src/write-atomic";
import { ROOT, snapshot, technicalDir, tempDir } from "./helpers";

jest.setTimeout(300_000);

const PREREQUISITES = ["architecture.md", "tech-stack.md"];

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

function copyExample(name: string): string {
  const parent = tempDir("specloom-watch-identity-");
  made.push(parent);
  const dir = path.join(parent, name);
  fs.cpSync(path.join(ROOT, "examples", name), dir, {
    recursive: true,
    filter: (src) => !src.includes(`${path.sep}technical${path.sep}`) || PREREQUISITES.some((p) => src.endsWith(p)),
  });
  return dir;
}

function edit(file: string, from: string | RegExp, to: string): void {
  const text = fs.readFileSync(file, "utf8");
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit of ${file}: '${String(from)}' not found`);
  fs.writeFileSync(file, next);
}

test("a chain of one-file edits built incrementally equals a fresh build of each edited spec", async () => {
  const project = copyExample("ecommerce");
  const spec = (rel: string) => path.join(project, "spec", rel);
  const parsed = parseCliArgs(["build", project, "--quiet"]);
  if (!parsed.ok) throw new Error(parsed.diagnostic.message);
  const build = incrementalBuilder(parsed.options, new Reporter({ format: "text", quiet: true, verbose: false, stdout: sink(), stderr: sink() }));

  const expectSameAsFresh = async (step: string) => {
    const incremental = await build();
    const fresh = await runPipeline({ projectDir: project, mode: "build" });
    const strip = (d: readonly { message: string; loc?: unknown }[]) => d.map((x) => `${x.message} ${JSON.stringify(x.loc)}`);
    expect({ step, diagnostics: strip(incremental.diagnostics) }).toEqual({ step, diagnostics: strip(fresh.diagnostics) });
    expect({ step, exitCode: incremental.exitCode }).toEqual({ step, exitCode: fresh.exitCode });
    if (fresh.exitCode !== 0) return;
    const onDisk = snapshot(technicalDir(project));
    for (const p of [...PREREQUISITES, MANIFEST]) delete onDisk[p];
    const expected = Object.fromEntries(fresh.files.map((f) => [f.path, f.content]));
    expect(Object.keys(onDisk).sort()).toEqual(Object.keys(expected).sort());
    // One artifact at a time, so a failure names it instead of printing every artifact.
    for (const [file, content] of Object.entries(expected)) expect({ step, file, same: onDisk[file] === content }).toEqual({ step, file, same: true });
  };

  await expectSameAsFresh("first build");
  // Add a field to a model that other models and APIs reference.
  edit(
    spec("models/catalog.ts"),
    "  name: string & MinLength<2> & MaxLength<80>;",
    "  name: string & MinLength<2> & MaxLength<80>;\n  /** Shown under the name. */\n  subtitle?: string & MaxLength<120>;",
  );
  await expectSameAsFresh("add a field");
  // Rename an endpoint.
  edit(spec("api/catalog.ts"), "  getCategoryTree: Endpoint<{", "  fetchCategoryTree: Endpoint<{");
  await expectSameAsFresh("rename an endpoint");
  // Change a type that another file's endpoints and services use.
  edit(spec("dto/catalog.ts"), "  weight_grams: Int & Minimum<1>;", "  weight_grams: Int & Minimum<1>;\n  barcode?: string & MaxLength<14>;");
  await expectSameAsFresh("change a type another file uses");
  // A change that moves nothing (same line count): only the edited declaration differs.
  edit(spec("dto/catalog.ts"), "MaxLength<14>", "MaxLength<13>");
  await expectSameAsFresh("change a constraint in place");
  // Delete a file another file imports (an error, nothing written), then re-create it.
  const saved = fs.readFileSync(spec("dto/catalog.ts"), "utf8");
  fs.rmSync(spec("dto/catalog.ts"));
  await expectSameAsFresh("delete a file");
  fs.writeFileSync(spec("dto/catalog.ts"), saved);
  await expectSameAsFresh("re-create it");
  // An edit that reverts to an earlier state.
  edit(spec("api/catalog.ts"), "  fetchCategoryTree: Endpoint<{", "  getCategoryTree: Endpoint<{");
  await expectSameAsFresh("rename it back");
});

function sink(): NodeJS.WritableStream {
  const { Writable } = require("node:stream") as typeof import("node:stream");
  return new Writable({ write: (_chunk, _encoding, done) => done() });
}
