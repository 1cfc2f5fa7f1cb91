/**
 * All-or-nothing output. Changed files are written to a staging directory
 * inside the output directory (same file system, so renames are atomic), a
 * commit journal is written last, then each file is renamed into place. A
 * process killed before the journal leaves only a staging directory, which
 * the next run deletes; one killed during the renames leaves a journal, and
 * the next run finishes the renames first. Unchanged files are not touched,
 * so their mtimes stay.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { createDiagnostic, type Diagnostic, type EmittedFile } from "@specloom/core";

const STAGING_PREFIX = ".specloom-staging-";
const JOURNAL = ".commit.json";

export interface WriteResult {
  /** Relative paths written (new or changed). */
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

export function stagingDirFor(outDir: string, pid = process.pid): string {
  return path.join(outDir, `${STAGING_PREFIX}${pid}`);
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
};

/** Finishes or discards what a killed run left behind. */
export function recoverStaging(outDir: string): void {
  let entries: string[];
  try {
    entries = fs.readdirSync(outDir);
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.startsWith(STAGING_PREFIX)) continue;
    const pid = Number(entry.slice(STAGING_PREFIX.length));
    if (pid !== process.pid && isAlive(pid)) continue; // another build is running right now
    const staging = path.join(outDir, entry);
    const journal = readJournal(staging);
    try {
      if (journal) commit(staging, outDir, journal);
      fs.rmSync(staging, { recursive: true, force: true });
    } catch {
      // Left for the next run; writeAtomic reports an unwritable directory itself.
    }
  }
}

function readJournal(staging: string): string[] | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(staging, JOURNAL), "utf8")) as string[];
  } catch {
    return undefined;
  }
}

/** Moves the journal's files into place; files already moved are skipped. */
function commit(staging: string, outDir: string, files: readonly string[]): void {
  for (const file of files) {
    const from = path.join(staging, file);
    if (!fs.existsSync(from)) continue;
    const to = path.join(outDir, file);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.renameSync(from, to);
  }
}

/**
 * What this process last wrote or verified, by absolute path (watch mode
 * keeps one across cycles): a file whose size and mtime still match is not
 * read back to be compared.
 */
export type WriteCache = Map<string, { readonly content: string; readonly size: number; readonly mtimeMs: number }>;

function unchanged(target: string, content: string, cache: WriteCache | undefined): boolean {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    return false;
  }
  if (stat.size !== Buffer.byteLength(content)) return false;
  const known = cache?.get(target);
  if (known && known.size === stat.size && known.mtimeMs === stat.mtimeMs && known.content === content) return true;
  try {
    return fs.readFileSync(target).equals(Buffer.from(content));
  } catch {
    return false;
  }
}

function remember(cache: WriteCache | undefined, target: string, content: string): void {
  if (!cache) return;
  try {
    const stat = fs.statSync(target);
    cache.set(target, { content, size: stat.size, mtimeMs: stat.mtimeMs });
  } catch {
    cache.delete(target);
  }
}

export function writeAtomic(outDir: string, files: readonly EmittedFile[], cache?: WriteCache): WriteResult {
  const notWritable = (e: unknown): WriteResult => ({
    written: [],
    unchanged: [],
    diagnostics: [createDiagnostic("output-not-writable", { dir: outDir, detail: (e as Error).message })],
  });
  try {
    fs.mkdirSync(outDir, { recursive: true });
    fs.accessSync(outDir, fs.constants.W_OK);
    recoverStaging(outDir);
  } catch (e) {
    return notWritable(e);
  }
  const changed = files.filter((f) => !unchanged(path.join(outDir, f.path), f.content, cache));
  const same = files.filter((f) => !changed.includes(f));
  for (const f of same) remember(cache, path.join(outDir, f.path), f.content);
  const result = { written: changed.map((f) => f.path), unchanged: same.map((f) => f.path), diagnostics: [] };
  if (changed.length === 0) return result;

  const staging = stagingDirFor(outDir);
  try {
    fs.rmSync(staging, { recursive: true, force: true });
    fs.mkdirSync(staging);
    for (const file of changed) {
      const target = path.join(staging, file.path);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, file.content);
    }
    // The journal is the commit point: written under a temporary name, then renamed.
    const journal = path.join(staging, JOURNAL);
    fs.writeFileSync(`${journal}.tmp`, JSON.stringify(changed.map((f) => f.path)));
    fs.renameSync(`${journal}.tmp`, journal);
  } catch (e) {
    fs.rmSync(staging, { recursive: true, force: true });
    return notWritable(e);
  }
  try {
    commit(staging, outDir, changed.map((f) => f.path));
    fs.rmSync(staging, { recursive: true, force: true });
  } catch (e) {
    // The journal stays: the next run finishes the commit.
    for (const f of changed) cache?.delete(path.join(outDir, f.path));
    return notWritable(e);
  }
  for (const f of changed) remember(cache, path.join(outDir, f.path), f.content);
  return result;
}
