/**
 * Packs every publishable workspace with `npm pack` (what `npm publish` would upload) and installs the
 * tarballs where a user would: in a folder outside the repository, depending on `specloom` only. The
 * internal `@specloom/*` packages are not on the registry yet, so `overrides` points them at their tarballs;
 * third-party dependencies come from the registry.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");

export interface PackedPackage {
  readonly name: string;
  readonly tarball: string;
  /** Paths inside the tarball (without the `package/` prefix). */
  readonly files: readonly string[];
}

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  /** stdout and stderr. */
  readonly output: string;
}

export function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Run {
  const r = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false", ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout ?? "", output: `${r.stdout ?? ""}${r.stderr ?? ""}${r.error ? String(r.error) : ""}` };
}

export function mustRun(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Run {
  const r = run(command, args, cwd, env);
  if (r.code !== 0) throw new Error(`${command} ${args.join(" ")} (in ${cwd}) exited ${r.code}:\n${r.output}`);
  return r;
}

/** The workspaces that publish: every one without `"private": true`. */
export function publishableWorkspaces(): { name: string; dir: string }[] {
  const root = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { workspaces: string[] };
  return root.workspaces
    .map((dir) => ({ dir, pkg: JSON.parse(fs.readFileSync(path.join(ROOT, dir, "package.json"), "utf8")) as { name: string; private?: boolean } }))
    .filter(({ pkg }) => pkg.private !== true)
    .map(({ dir, pkg }) => ({ name: pkg.name, dir }));
}

export function packAll(destination: string): PackedPackage[] {
  fs.mkdirSync(destination, { recursive: true });
  const workspaces = publishableWorkspaces().flatMap((w) => ["-w", w.dir]);
  const json = mustRun("npm", ["pack", "--json", "--pack-destination", destination, ...workspaces], ROOT).stdout;
  // Lifecycle scripts (the CLI's prepack) may print before the JSON array.
  const reports = JSON.parse(json.slice(json.search(/^\[/m))) as { name: string; filename: string; files: { path: string }[] }[];
  return reports.map((r) => ({ name: r.name, tarball: path.join(destination, r.filename), files: r.files.map((f) => f.path) }));
}

/** `overrides` mapping every internal package to its tarball, for a consumer's package.json. */
export function tarballOverrides(packed: readonly PackedPackage[]): Record<string, string> {
  return Object.fromEntries(packed.filter((p) => p.name !== "specloom").map((p) => [p.name, `file:${p.tarball}`]));
}

/** Makes `dir/package.json` depend on the packed `specloom` (and its internals through overrides), then installs. */
export function installPacked(dir: string, packed: readonly PackedPackage[]): Run {
  const file = path.join(dir, "package.json");
  const pkg = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>) : { name: "consumer", private: true };
  const specloom = packed.find((p) => p.name === "specloom");
  if (!specloom) throw new Error("the specloom package was not packed");
  const devDependencies = { ...(pkg.devDependencies as Record<string, string> | undefined), specloom: `file:${specloom.tarball}` };
  fs.writeFileSync(file, `${JSON.stringify({ ...pkg, devDependencies, overrides: tarballOverrides(packed) }, null, 2)}\n`);
  return mustRun("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund"], dir);
}

/** Apparent size of a folder tree in bytes (what `du --apparent-size` counts), symlinks not followed. */
export function treeSize(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += treeSize(full);
    else if (entry.isFile()) total += fs.statSync(full).size;
  }
  return total;
}
