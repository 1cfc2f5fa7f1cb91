/**
 * Builds a hostile case in process through the CLI's own build (pipeline and
 * atomic write), into a temp project beside a sentinel folder, and snapshots
 * everything outside the output folder before and after.
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Diagnostic, SpecIR, SpecloomConfig } from "@specloom/core";
import { parseCliArgs } from "../../packages/cli/src/args";
import { buildOnce } from "../../packages/cli/src/commands/build";
import { Reporter } from "../../packages/cli/src/report";

export const ROOT = path.resolve(__dirname, "../..");

export interface BuiltCase {
  readonly dir: string;
  readonly exitCode: number;
  readonly diagnostics: readonly Diagnostic[];
  /** Output folder contents by file name, when the build succeeded. */
  readonly artifacts: ReadonlyMap<string, string>;
  /** Paths outside the output folder whose content changed, appeared or vanished. */
  readonly touchedOutside: readonly string[];
  readonly thrown?: string;
  readonly ir?: SpecIR;
  readonly config?: SpecloomConfig;
}

export const OUTPUT_DIR = path.join("docs", "technical");

/** Relative path -> content hash of every file under `root`, minus the output folder. */
function snapshot(root: string, skip: string): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (full === skip || entry.name === "node_modules") continue;
      if (entry.isDirectory()) visit(full);
      else out.set(path.relative(root, full), entry.isFile() ? crypto.createHash("sha1").update(fs.readFileSync(full)).digest("hex") : "link");
    }
  };
  visit(root);
  return out;
}

/** The case's project, the sentinel folder, and the workspace's top-level names (a stray file there shows up). */
function snapshotAround(workspace: string, dir: string, out: string): Map<string, string> {
  const all = new Map<string, string>();
  for (const [k, v] of snapshot(dir, out)) all.set(path.join(path.basename(dir), k), v);
  for (const [k, v] of snapshot(path.join(workspace, "outside"), "")) all.set(path.join("outside", k), v);
  for (const name of fs.readdirSync(workspace)) all.set(`top:${name}`, "present");
  return all;
}

function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}

/** A workspace with a sentinel folder next to the projects; cases are built below it. */
export function createWorkspace(tmpRoot: string): string {
  fs.mkdirSync(path.join(tmpRoot, "outside"), { recursive: true });
  fs.writeFileSync(path.join(tmpRoot, "outside", "sentinel.txt"), "must stay\n");
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(tmpRoot, "node_modules"), "dir");
  return tmpRoot;
}

/** The previous case's program: TypeScript reuses its unchanged files (lib, the authoring package), a large share of a build. */
let previousProgram: Awaited<ReturnType<typeof buildOnce>>["result"]["program"];

const quietReporter = () => new Reporter({ format: "json", quiet: true, verbose: false });

export async function buildCase(workspace: string, name: string, files: Readonly<Record<string, string>>): Promise<BuiltCase> {
  const dir = path.join(workspace, name);
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  const out = path.join(dir, OUTPUT_DIR);
  const before = snapshotAround(workspace, dir, out);
  const parsed = parseCliArgs(["build", dir, "--format", "json", "--quiet"]);
  if (!parsed.ok) throw new Error(parsed.diagnostic.message);
  let exitCode = 1;
  let diagnostics: readonly Diagnostic[] = [];
  let thrown: string | undefined;
  let ir: SpecIR | undefined;
  let config: SpecloomConfig | undefined;
  try {
    const outcome = await buildOnce(parsed.options, quietReporter(), { oldProgram: previousProgram });
    previousProgram = outcome.result.program ?? previousProgram;
    exitCode = outcome.exitCode;
    diagnostics = outcome.diagnostics;
    ir = outcome.result.ir;
    config = outcome.result.config;
  } catch (e) {
    thrown = e instanceof Error ? (e.stack ?? e.message) : String(e);
  }
  const artifacts = new Map<string, string>();
  if (exitCode === 0 && fs.existsSync(out)) {
    for (const f of fs.readdirSync(out)) {
      if (fs.statSync(path.join(out, f)).isFile()) artifacts.set(f, fs.readFileSync(path.join(out, f), "utf8"));
    }
  }
  const touchedOutside = changed(before, snapshotAround(workspace, dir, out)).filter((k) => k !== `top:${name}`);
  return { dir, exitCode, diagnostics, artifacts, touchedOutside, ...(thrown ? { thrown } : {}), ...(ir ? { ir } : {}), ...(config ? { config } : {}) };
}
