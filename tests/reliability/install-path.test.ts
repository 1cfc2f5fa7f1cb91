/**
 * The artifacts depend only on the project: the same project built at another
 * folder depth (so at another distance from where specloom is installed), or
 * under a path that looks like specloom's own (`…/packages/specloom/…`,
 * `…/node_modules/specloom/…`), gives byte-identical outputs.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO, assertCliBuilt, crashReason, makeTempDir, pool, runCli, snapshotTree, treeDiff } from "./support/cli";

let root: string;
afterAll(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

test("outputs are byte-identical wherever the project sits", async () => {
  assertCliBuilt();
  root = makeTempDir("install-path");
  const places = ["shallow", "a/b/c/d/e/f/g/deep", "work/packages/specloom/examples/inside", "app/node_modules/specloom/spec"];
  const runs = await pool(places, 2, async (place) => {
    const project = path.join(root, place);
    fs.cpSync(path.join(REPO, "examples", "minimal"), project, { recursive: true, filter: (src) => !src.includes(`${path.sep}technical`) });
    const run = await runCli(["build", ".", "--format", "json"], { cwd: project });
    return { place, run, outputs: snapshotTree(path.join(project, "docs", "technical")) };
  });
  const [reference, ...others] = runs;
  for (const { place, run } of runs) expect({ place, code: run.code, crash: crashReason(run) }).toEqual({ place, code: 0, crash: undefined });
  const ir = JSON.parse(Buffer.from(reference!.outputs.get("specloom.ir.json")!, "base64").toString("utf8")) as { models: unknown[] };
  expect(ir.models.length).toBeGreaterThan(0); // not "compiled to nothing"
  for (const other of others) expect({ place: other.place, diff: treeDiff(reference!.outputs, other.outputs) }).toEqual({ place: other.place, diff: [] });
});
