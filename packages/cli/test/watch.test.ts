/** `build --watch`: rebuilds on edits, keeps outputs on errors, stops cleanly on SIGINT. */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildCli, initProject, snapshot, startCli, technicalDir } from "./helpers";

// Each test spawns the CLI a few times; a machine busy with other builds makes that slow.
jest.setTimeout(300_000);
beforeAll(buildCli, 300_000);

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
    fs.writeFileSync(spec, fs.readFileSync(spec, "utf8").replace("  name: string & MinLength<2> & MaxLength<100>;\n}", "  name: string & MinLength<2> & MaxLength<100>;\n  nickname?: string & MaxLength<40>;\n}"));
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
