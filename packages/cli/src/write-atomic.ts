/**
 * All-or-nothing output into a folder that other people's files share. Under
 * the folder's lock: replay or discard what a killed run left, compare every
 * output with what is on disk (unchanged files keep their mtimes), stage the
 * changed ones, commit (see output/journal.ts) and record the content hash of
 * each output in a manifest. A later build deletes an output it no longer
 * emits (er.svg without --svg) only while the file still holds the recorded
 * content, so a hand-written file named in a forged manifest survives.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { createDiagnostic, type Diagnostic, type EmittedFile } from "@specloom/core";
import {
  commitJournal,
  MANIFEST,
  newBuildId,
  openStaging,
  recoverLeftovers,
  RollbackIncomplete,
  sealJournal,
  stageContent,
  type Journal,
  type JournalRemove,
  type JournalWrite,
} from "./output/journal";
import { acquireLock, lockTimeoutSetting, LockTimeout, timeoutFromEnv } from "./output/lock";
import { readManifest, renderManifest } from "./output/manifest";
import { hashIfSafe, inspect, isOutputName, LOCK_FILE, placedHash, realOutputDir, rememberWritten, sha256, UnsafeOutputPath } from "./output/safe-path";
import { utf8View } from "./output/utf8";

export { MANIFEST } from "./output/journal";

export interface WriteResult {
  /** Relative paths written (new or changed). */
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  /** Outputs of an earlier build that this one no longer emits, deleted. */
  readonly removed: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

const failed = (diagnostic: Diagnostic): WriteResult => ({ written: [], unchanged: [], removed: [], diagnostics: [diagnostic] });

function failure(outDir: string, e: unknown, restored = false): WriteResult {
  const tail = restored ? " The previous outputs were restored." : "";
  if (e instanceof UnsafeOutputPath) return failed(createDiagnostic("output-path-unsafe", { dir: outDir, file: e.file, reason: `${e.reason}.${tail}` }));
  if (e instanceof LockTimeout) {
    const owner = e.owner ? `pid ${e.owner.pid} on ${e.owner.hostname}` : "an unknown process";
    const loc = { file: path.join(outDir, LOCK_FILE), line: 1, column: 1 };
    return failed(createDiagnostic("output-locked", { dir: outDir, owner, seconds: timeoutFromEnv() / 1000 }, loc));
  }
  return failed(createDiagnostic("output-not-writable", { dir: outDir, detail: `${(e as Error).message}${tail}` }));
}

/** Writes `files` into `outDir`, or nothing (with a diagnostic). */
export function writeAtomic(outDir: string, files: readonly EmittedFile[]): WriteResult {
  const bad = files.find((f) => !isOutputName(f.path));
  if (bad) return failure(outDir, new UnsafeOutputPath(bad.path, "is not a plain relative path inside the output folder"));
  const timeout = lockTimeoutSetting();
  if (typeof timeout === "string") return failed(createDiagnostic("cli-usage", { detail: timeout }));
  let root: string;
  let release: () => void;
  const buildId = newBuildId();
  try {
    root = realOutputDir(outDir);
    release = acquireLock(root, buildId, timeout);
  } catch (e) {
    return failure(outDir, e);
  }
  try {
    recoverLeftovers(root);
    return writeLocked(root, outDir, buildId, files);
  } catch (e) {
    return failure(outDir, e);
  } finally {
    release();
  }
}

/** Replays or discards what killed runs left, under the lock (tests and tools; builds do it in writeAtomic). */
export function recoverStaging(outDir: string): void {
  const root = fs.realpathSync(outDir);
  const release = acquireLock(root, newBuildId());
  try {
    recoverLeftovers(root);
  } finally {
    release();
  }
}

/**
 * The content last emitted under each output path and its hash: a watch cycle hashes only the outputs whose
 * content changed (comparing two equal strings costs far less than hashing one).
 */
const lastEmitted = new Map<string, { readonly content: string; readonly hash: string }>();

const byPath = (a: EmittedFile, b: EmittedFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
const currentHash = (root: string, file: string) => {
  const current = inspect(root, file);
  return current.kind === "file" ? current.hash : null;
};

function writeLocked(root: string, outDir: string, buildId: string, files: readonly EmittedFile[]): WriteResult {
  const hashes = new Map<string, string>();
  const write: JournalWrite[] = [];
  const unchanged: string[] = [];
  const remove: JournalRemove[] = [];
  let staging: string | undefined;
  const journal: Journal = { buildId, complete: true, write, remove };
  try {
    // Each changed output is encoded once (hashed and staged from the same bytes) and staged right away.
    for (const file of [...files].sort(byPath)) {
      const known = lastEmitted.get(file.path);
      let bytes: Buffer | undefined;
      let after = known?.content === file.content ? known.hash : undefined;
      if (after === undefined) {
        bytes = utf8View(file.content);
        after = sha256(bytes);
        lastEmitted.set(file.path, { content: file.content, hash: after });
      }
      hashes.set(file.path, after);
      const placed = placedHash(root, file.path);
      const before = placed !== undefined && placed !== after ? placed : currentHash(root, file.path);
      if (before === after) {
        unchanged.push(file.path);
        continue;
      }
      staging ??= openStaging(root, buildId);
      stageContent(staging, file.path, bytes ?? utf8View(file.content));
      write.push({ path: file.path, before, after });
    }
    for (const [file, recorded] of readManifest(root)) {
      if (!hashes.has(file) && hashIfSafe(root, file) === recorded) remove.push({ path: file, before: recorded });
    }
    // The manifest goes last: it describes the new set only once all of it is in place.
    const manifest = renderManifest(hashes);
    const manifestHash = sha256(manifest);
    const manifestBefore = currentHash(root, MANIFEST);
    if (manifestBefore !== manifestHash) {
      staging ??= openStaging(root, buildId);
      stageContent(staging, MANIFEST, manifest);
      write.push({ path: MANIFEST, before: manifestBefore, after: manifestHash });
    }
    if (write.length + remove.length > 0) sealJournal((staging ??= openStaging(root, buildId)), journal);
  } catch (e) {
    if (staging) fs.rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  const shown = (list: readonly string[]) => list.filter((p) => p !== MANIFEST);
  const result = { written: shown(write.map((w) => w.path)), unchanged: shown(unchanged), removed: remove.map((r) => r.path), diagnostics: [] };
  if (!staging) return result;

  try {
    commitJournal(root, staging, journal, false);
  } catch (e) {
    if (e instanceof RollbackIncomplete) return failure(outDir, e);
    fs.rmSync(staging, { recursive: true, force: true });
    return failure(outDir, e, true);
  }
  fs.rmSync(staging, { recursive: true, force: true });
  for (const w of write) rememberWritten(root, w.path, w.after);
  return result;
}
