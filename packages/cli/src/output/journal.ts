/**
 * The commit of one build. New contents go to `<staging>/new/`, then the
 * journal is written (the commit point), then each target is swapped in; the
 * file it replaces is kept in `<staging>/old/` until the commit is done, so a
 * failure half-way puts the complete old set back. A staging folder left by a
 * killed run is replayed only when its journal is complete and every target
 * is still in a state that commit could have left; anything else is deleted.
 */
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { hashIfSafe, inspect, isOutputName, kindOf, makeParents, RESERVED_PREFIX, UnsafeOutputPath } from "./safe-path";

export const STAGING_PREFIX = `${RESERVED_PREFIX}staging-`;
export const MANIFEST = `${RESERVED_PREFIX}manifest.json`;
const JOURNAL = "journal.json";

export interface JournalWrite {
  readonly path: string;
  /** Hash of the file this replaces; null when there is none. */
  readonly before: string | null;
  readonly after: string;
}

export interface JournalRemove {
  readonly path: string;
  /** Only a file still holding this content is removed. */
  readonly before: string;
}

export interface Journal {
  readonly buildId: string;
  readonly complete: true;
  readonly write: readonly JournalWrite[];
  readonly remove: readonly JournalRemove[];
}

/** Unique per build, so a journal can never be mistaken for another build's (pids are reused). */
export const newBuildId = (): string => `${process.pid}-${randomBytes(8).toString("hex")}`;

export const stagingDirFor = (root: string, buildId: string): string => path.join(root, `${STAGING_PREFIX}${buildId}`);

/** Writes the new contents and then the journal; on failure nothing is left behind. */
export function stage(root: string, journal: Journal, contents: ReadonlyMap<string, string | Uint8Array>): string {
  const staging = openStaging(root, journal.buildId);
  try {
    for (const w of journal.write) stageContent(staging, w.path, contents.get(w.path)!);
    sealJournal(staging, journal);
    return staging;
  } catch (e) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw e;
  }
}

/** Creates this build's staging folder (the caller removes it on failure). */
export function openStaging(root: string, buildId: string): string {
  const staging = stagingDirFor(root, buildId);
  fs.mkdirSync(staging);
  return staging;
}

/** Writes one new content into the staging folder, before the journal exists. */
export function stageContent(staging: string, file: string, content: string | Uint8Array): void {
  const target = path.join(staging, "new", file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, content, { flag: "wx" });
}

/** Writes the journal once every new content is staged: the commit point. */
export function sealJournal(staging: string, journal: Journal): void {
  const journalFile = path.join(staging, JOURNAL);
  fs.writeFileSync(`${journalFile}.tmp`, JSON.stringify(journal), { flag: "wx" });
  fs.renameSync(`${journalFile}.tmp`, journalFile);
}

/**
 * Swaps the staged files in and removes stale ones; on any failure undoes what it did, then rethrows. A replay
 * skips targets already in place; a fresh commit (`replay: false`) has just compared them, so it does not hash
 * them again.
 */
export function commitJournal(root: string, staging: string, journal: Journal, replay = true): void {
  const undo: (() => void)[] = [];
  const backup = (file: string) => {
    const from = path.join(root, file);
    const to = path.join(staging, "old", file);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.renameSync(from, to);
    undo.push(() => fs.renameSync(to, from));
  };
  try {
    for (const w of journal.write) {
      const kind = kindOf(root, w.path);
      if (replay && kind === "file" && hashIfSafe(root, w.path) === w.after) continue; // already in place
      if (kind === "file") backup(w.path);
      for (const dir of makeParents(root, w.path)) undo.push(() => fs.rmdirSync(dir));
      const staged = path.join(staging, "new", w.path);
      const target = path.join(root, w.path);
      fs.renameSync(staged, target);
      undo.push(() => fs.renameSync(target, staged));
    }
    for (const r of journal.remove) if (hashIfSafe(root, r.path) === r.before) backup(r.path);
  } catch (e) {
    let complete = true;
    for (const step of undo.reverse()) {
      try {
        step();
      } catch {
        complete = false; // keep undoing the rest: every file put back counts
      }
    }
    throw complete ? e : new RollbackIncomplete(staging, e);
  }
}

/** Undoing a failed commit failed too: the staging folder (with the old files under old/) must be kept. */
export class RollbackIncomplete extends Error {
  constructor(
    readonly staging: string,
    override readonly cause: unknown,
  ) {
    super(`${(cause as Error)?.message ?? String(cause)}; the previous outputs could not all be put back, they are kept in '${staging}/old'`);
  }
}

const HASH = /^[0-9a-f]{64}$/;
const isJournalTarget = (p: unknown): p is string => p === MANIFEST || isOutputName(p);

const field = (o: unknown, key: string): unknown => (typeof o === "object" && o !== null ? (o as Record<string, unknown>)[key] : undefined);

function readJournal(staging: string, buildId: string): Journal | undefined {
  try {
    if (inspect(staging, JOURNAL).kind !== "file") return undefined;
    const j = JSON.parse(fs.readFileSync(path.join(staging, JOURNAL), "utf8")) as Partial<Journal>;
    if (j.buildId !== buildId || j.complete !== true || !Array.isArray(j.write) || !Array.isArray(j.remove)) return undefined;
    // Read back from disk: every entry is untrusted until each field is checked.
    const write: readonly unknown[] = j.write;
    const remove: readonly unknown[] = j.remove;
    const writesOk = write.every(
      (w) =>
        isJournalTarget(field(w, "path")) &&
        HASH.test(String(field(w, "after"))) &&
        (field(w, "before") === null || HASH.test(String(field(w, "before")))),
    );
    const removesOk = remove.every((r) => isOutputName(field(r, "path")) && HASH.test(String(field(r, "before"))));
    return writesOk && removesOk ? (j as Journal) : undefined;
  } catch {
    return undefined;
  }
}

/** Every target is where the interrupted commit could have left it: old, new, or moved aside with its new content staged. */
function consistent(root: string, staging: string, journal: Journal): boolean {
  const writes = journal.write.every((w) => {
    const current = hashIfSafe(root, w.path);
    if (current === w.after) return true;
    return (current === w.before || current === null) && hashIfSafe(staging, `new/${w.path}`) === w.after;
  });
  return (
    writes &&
    journal.remove.every((r) => {
      const current = hashIfSafe(root, r.path);
      return current === null || current === r.before;
    })
  );
}

/**
 * Deals with staging folders of killed runs (the caller holds the lock, so no
 * other build is using them). Returns the build ids it replayed.
 */
export function recoverLeftovers(root: string): string[] {
  const replayed: string[] = [];
  for (const entry of fs.readdirSync(root)) {
    if (!entry.startsWith(STAGING_PREFIX)) continue;
    const staging = path.join(root, entry);
    if (!fs.lstatSync(staging).isDirectory()) {
      fs.rmSync(staging, { force: true }); // a symlink or a file: removes the link itself, never its target
      continue;
    }
    const journal = readJournal(staging, entry.slice(STAGING_PREFIX.length));
    if (journal && consistent(root, staging, journal)) {
      try {
        commitJournal(root, staging, journal);
        replayed.push(journal.buildId);
      } catch (e) {
        if (!(e instanceof UnsafeOutputPath)) throw e;
      }
    }
    fs.rmSync(staging, { recursive: true, force: true });
  }
  return replayed;
}
