/** `build --watch`: rebuilds on edits, keeps outputs on errors, stops cleanly on SIGINT. */
import * as fs from "node:fs";
import * as path from "node:path";
import { initProject, snapshot, startCli, technicalDir } from "./helpers";

// Each test spawns the CLI a few times; a machine busy with other builds makes that slow.
jest.setTimeout(300_000);

const WATCHING = /\[\d\d:\d\d:\d\d\] Found (\d+) errors?.*Watching for file changes\.\n/;

test("watch: rebuild on edit, report errors and keep outputs, exit 0 on SIGINT", async () => {
  const project = initProject();
  const spec = path.join(project, "spec-src/index.ts");
  const irFile = path.join(technicalDir(project), "specloom.ir.json");
  const cli = startCli(["build", "--watch", project]);
  try {
    const first = await cli.waitFor(WATCHING);
    expect(first).toMatch(/Starting compilation in watch mode/);
    expect(first).toMatch(/Found 0 errors/);
    expect(fs.readFileSync(irFile, "utf8")).not.toMatch(/"nickname"/);

    // An edit: a new field shows up in the outputs.
    let mark = cli.output().length;
    fs.writeFileSync(
      spec,
      fs
        .readFileSync(spec, "utf8")
        .replace(
          "  name: string & MinLength<2> & MaxLength<100>;\n}",
          "  name: string & MinLength<2> & MaxLength<100>;\n  nickname?: string & MaxLength<40>;\n}",
        ),
    );
    let cycle = await cli.waitFor(WATCHING, mark);
    expect(cycle).toMatch(/File change detected/);
    expect(cycle).toMatch(/Found 0 errors/);
    expect(fs.readFileSync(irFile, "utf8")).toMatch(/"nickname"/);
    const good = snapshot(technicalDir(project));

    // An error: reported with its position, previous outputs kept.
    mark = cli.output().length;
    fs.writeFileSync(spec, fs.readFileSync(spec, "utf8").replace("nickname?: string & MaxLength<40>;", "nickname?: NoSuchType;"));
    cycle = await cli.waitFor(WATCHING, mark);
    expect(cycle).toMatch(/spec-src\/index\.ts:\d+:\d+ - error SL2001: TS2304: Cannot find name 'NoSuchType'\./);
    expect(cycle).toMatch(/Found 1 error\b/);
    expect(snapshot(technicalDir(project))).toEqual(good);

    // Fixed again: back to 0 errors; an unchanged result writes nothing.
    const mtime = fs.statSync(irFile).mtimeMs;
    mark = cli.output().length;
    fs.writeFileSync(spec, fs.readFileSync(spec, "utf8").replace("nickname?: NoSuchType;", "nickname?: string & MaxLength<40>;"));
    cycle = await cli.waitFor(WATCHING, mark);
    expect(cycle).toMatch(/Found 0 errors/);
    expect(fs.statSync(irFile).mtimeMs).toBe(mtime);
  } finally {
    const exited = new Promise<number | null>((resolve) => cli.child.on("exit", (code) => resolve(code)));
    cli.child.kill("SIGINT");
    expect(await exited).toBe(0);
  }
  expect(cli.output()).not.toMatch(/\n\s+at .+:\d+:\d+/);
});

test("watch follows deleted-and-restored imports, imports that do not exist yet and the prerequisite documents", async () => {
  const project = initProject();
  const spec = path.join(project, "spec-src/index.ts");
  const extra = path.join(project, "spec-src/extra.ts");
  const later = path.join(project, "spec-src/later/more.ts");
  const prd = path.join(project, "docs/product/PRD.md");
  const specFile = path.join(technicalDir(project), "backend-spec.md");
  fs.writeFileSync(extra, `/** Shared by the endpoints. */\nexport interface Extra {\n  note: string;\n}\n`);
  fs.appendFileSync(spec, `export * from "./extra";\n`);
  const cli = startCli(["build", "--watch", project]);
  const step = async (change: () => void, expected: RegExp) => {
    const mark = cli.output().length;
    change();
    const cycle = await cli.waitFor(WATCHING, mark);
    expect(cycle).toMatch(/File change detected/);
    expect(cycle).toMatch(expected);
  };
  try {
    expect(await cli.waitFor(WATCHING)).toMatch(/Found 0 errors/);
    const content = fs.readFileSync(extra, "utf8");
    await step(() => fs.rmSync(extra), /Cannot find module '\.\/extra'[\s\S]*Found 1 error\b/);
    await step(() => fs.writeFileSync(extra, content), /Found 0 errors/);
    // An import of a file (in a folder) that does not exist yet: creating it is a change too.
    await step(() => fs.appendFileSync(spec, `export * from "./later/more";\n`), /Found 1 error\b/);
    await step(() => {
      fs.mkdirSync(path.dirname(later));
      fs.writeFileSync(later, `export interface More {\n  size: number;\n}\n`);
    }, /Found 0 errors/);
    // The PRD is read by the build although nothing imports it.
    await step(() => fs.appendFileSync(prd, `- **FR-2**: Visitors can watch the PRD change.\n`), /Found 0 errors/);
    expect(fs.readFileSync(specFile, "utf8")).toMatch(/FR-2/);
    // Deleted and restored: a warning, then none.
    const prdText = fs.readFileSync(prd, "utf8");
    await step(() => fs.rmSync(prd), /SL3012/);
    await step(() => fs.writeFileSync(prd, prdText), /Found 0 errors\. Watching/);
  } finally {
    const exited = new Promise<number | null>((resolve) => cli.child.on("exit", (code) => resolve(code)));
    cli.child.kill("SIGINT");
    expect(await exited).toBe(0);
  }
});
