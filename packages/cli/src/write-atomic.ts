/**
 * All-or-nothing output. Changed files are written to a staging directory
 * inside the output directory (same file system, so renames are atomic), a
 * commit journal is written last, then each file is renamed into place. A
 * process killed before the journal leaves only a staging directory, which
 * the next run deletes; one killed during the renames leaves a journal, and
 * the next run finishes the renames first. Unchanged files are not touched,
 * so their mtimes stay. A manifest lists what the last build wrote, so files
 * a build no longer emits (er.svg without --svg) are removed in the same commit.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { createDiagnostic, type Diagnostic, type EmittedFile } from "@specloom/core";

const STAGING_PREFIX = ".specloom-staging-";
const JOURNAL = ".commit.json";
export const MANIFEST = ".specloom-manifest.json";

/** What a commit does: files to move out of staging, stale outputs to delete. */
interface Journal {
  readonly write: readonly string[];
  readonly remove: readonly string[];
}

export interface WriteResult {
  /** Relative paths written (new or changed). */
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  /** Outputs of an earlier build that this one no longer emits, deleted. */
  readonly removed: readonly string[];
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

function readJournal(staging: string): Journal | undefined {
  try {
    const journal = JSON.parse(fs.readFileSync(path.join(staging, JOURNAL), "utf8")) as Journal;
    return { write: journal.write.filter(isInside), remove: journal.remove.filter(isInside) };
  } catch {
    return undefined;
  }
}

/** Moves the journal's files into place and deletes the stale ones; what was done already is skipped. */
function commit(staging: string, outDir: string, journal: Journal): void {
  for (const file of journal.write) {
    const from = path.join(staging, file);
    if (!fs.existsSync(from)) continue;
    const to = path.join(outDir, file);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.renameSync(from, to);
  }
  for (const file of journal.remove) fs.rmSync(path.join(outDir, file), { force: true });
}

/** A relative path that stays inside the output directory (manifests and journals are files anyone can edit). */
function isInside(file: unknown): file is string {
  if (typeof file !== "string" || file === "" || path.isAbsolute(file)) return false;
  const normalized = path.posix.normalize(file);
  return normalized === file && !normalized.startsWith("../") && !normalized.startsWith(STAGING_PREFIX);
}

function readManifest(outDir: string): string[] {
  try {
    const files = JSON.parse(fs.readFileSync(path.join(outDir, MANIFEST), "utf8")) as unknown;
    return Array.isArray(files) ? files.filter(isInside) : [];
  } catch {
    return [];
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
    removed: [],
    diagnostics: [createDiagnostic("output-not-writable", { dir: outDir, detail: (e as Error).message })],
  });
  try {
    fs.mkdirSync(outDir, { recursive: true });
    fs.accessSync(outDir, fs.constants.W_OK);
    recoverStaging(outDir);
  } catch (e) {
    return notWritable(e);
  }
  const emitted = new Set(files.map((f) => f.path));
  const remove = readManifest(outDir).filter((f) => !emitted.has(f) && f !== MANIFEST && fs.existsSync(path.join(outDir, f)));
  const manifest = { path: MANIFEST, content: `${JSON.stringify([...emitted].sort(), null, 2)}\n` };
  const all = [...files, manifest];
  const changed = all.filter((f) => !unchanged(path.join(outDir, f.path), f.content, cache));
  const same = all.filter((f) => !changed.includes(f));
  for (const f of same) remember(cache, path.join(outDir, f.path), f.content);
  const shown = (list: readonly EmittedFile[]) => list.filter((f) => f !== manifest).map((f) => f.path);
  const result = { written: shown(changed), unchanged: shown(same), removed: remove, diagnostics: [] };
  if (changed.length === 0 && remove.length === 0) return result;
  const journal: Journal = { write: changed.map((f) => f.path), remove };

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
    const journalFile = path.join(staging, JOURNAL);
    fs.writeFileSync(`${journalFile}.tmp`, JSON.stringify(journal));
    fs.renameSync(`${journalFile}.tmp`, journalFile);
  } catch (e) {
    fs.rmSync(staging, { recursive: true, force: true });
    return notWritable(e);
  }
  try {
    commit(staging, outDir, journal);
    fs.rmSync(staging, { recursive: true, force: true });
  } catch (e) {
    // The journal stays: the next run finishes the commit.
    for (const f of changed) cache?.delete(path.join(outDir, f.path));
    return notWritable(e);
  }
  for (const f of changed) remember(cache, path.join(outDir, f.path), f.content);
  for (const f of remove) cache?.delete(path.join(outDir, f));
  return result;
}
