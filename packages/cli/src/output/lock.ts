/**
 * One build at a time per output folder. The lock file names its owner (pid,
 * host, the process's start time, build id). A lock whose owner is gone on
 * this host (dead pid, or a pid reused by a process that started later) is
 * stale and taken over; a live owner makes us wait, up to a timeout.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { LOCK_FILE, UnsafeOutputPath } from "./safe-path";

export interface LockOwner {
  readonly pid: number;
  readonly hostname: string;
  /** Kernel start time of the process (Linux), to tell a reused pid apart; null elsewhere. */
  readonly started: string | null;
  readonly buildId: string;
}

/** How long a build waits for another one into the same folder (SPECLOOM_LOCK_TIMEOUT_MS overrides). */
export const DEFAULT_LOCK_TIMEOUT_MS = 60_000;
const POLL_MS = 50;
/** A lock file that cannot be parsed this long after it was written is debris, not a lock being written. */
const UNREADABLE_GRACE_MS = 2_000;

export class LockTimeout extends Error {
  constructor(readonly owner: LockOwner | undefined) {
    super("timed out waiting for the output folder lock");
  }
}

/** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot. */
export function processStartTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Stale: the owner runs on this host and is gone, or its pid now belongs to another process. */
export function isStale(owner: LockOwner): boolean {
  if (owner.hostname !== os.hostname()) return false; // cannot tell: wait for it
  if (!Number.isInteger(owner.pid) || owner.pid <= 0 || !isAlive(owner.pid)) return true;
  const started = processStartTime(owner.pid);
  return owner.started !== null && started !== null && started !== owner.started;
}

function readOwner(file: string): { owner?: LockOwner; ageMs: number } | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(file);
  } catch {
    return undefined; // released meanwhile
  }
  const ageMs = Date.now() - stat.mtimeMs;
  // A symlink is never a lock of ours (removing it removes only the link); a directory is not ours to delete.
  if (stat.isDirectory()) throw new UnsafeOutputPath(LOCK_FILE, "is a directory, not a lock file");
  if (!stat.isFile()) return { ageMs: Infinity };
  try {
    const owner = JSON.parse(fs.readFileSync(file, "utf8")) as LockOwner;
    return typeof owner === "object" && owner !== null ? { owner, ageMs } : { ageMs };
  } catch {
    return { ageMs };
  }
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Moves a stale lock aside and checks that what it moved is the lock it judged
 * stale: when another waiter took over first, its fresh lock is put back.
 */
function breakStale(file: string, judged: string, buildId: string): void {
  const aside = `${file}.stale-${buildId}`;
  try {
    fs.renameSync(file, aside);
  } catch {
    return;
  }
  let moved = "";
  try {
    moved = fs.lstatSync(aside).isFile() ? fs.readFileSync(aside, "utf8") : judged;
  } catch {
    // gone: nothing to put back
  }
  if (moved !== judged) {
    try {
      fs.linkSync(aside, file); // fails if yet another lock exists: then that one stands
    } catch {
      // ignore
    }
  }
  fs.rmSync(aside, { force: true });
}

/** SPECLOOM_LOCK_TIMEOUT_MS in ms; unset or empty is the default; anything but a whole number ≥ 0 is a usage error (a string). */
export function lockTimeoutSetting(): number | string {
  const raw = process.env.SPECLOOM_LOCK_TIMEOUT_MS?.trim();
  if (raw === undefined || raw === "") return DEFAULT_LOCK_TIMEOUT_MS;
  return /^\d+$/.test(raw) ? Number(raw) : `SPECLOOM_LOCK_TIMEOUT_MS must be a whole number of milliseconds, not '${raw}'.`;
}

export function timeoutFromEnv(): number {
  const setting = lockTimeoutSetting();
  return typeof setting === "number" ? setting : DEFAULT_LOCK_TIMEOUT_MS;
}

/** Takes the lock of `root` (a real path) or throws LockTimeout. Returns the release function. */
export function acquireLock(root: string, buildId: string, timeoutMs = timeoutFromEnv()): () => void {
  const file = path.join(root, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, hostname: os.hostname(), started: processStartTime(process.pid), buildId };
  const content = `${JSON.stringify(me)}\n`;
  const deadline = Date.now() + timeoutMs;
  let lastOwner: LockOwner | undefined;
  for (;;) {
    try {
      // O_EXCL: fails when anything (even a dangling symlink) has the name.
      fs.writeFileSync(file, content, { flag: "wx" });
      return () => release(file, content);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const found = readOwner(file);
    if (found) {
      lastOwner = found.owner;
      const stale = found.owner ? isStale(found.owner) : found.ageMs > UNREADABLE_GRACE_MS;
      if (stale) {
        breakStale(file, readRaw(file), buildId);
        continue;
      }
    }
    if (Date.now() >= deadline) throw new LockTimeout(lastOwner);
    sleep(POLL_MS);
  }
}

const readRaw = (file: string): string => {
  try {
    return fs.lstatSync(file).isFile() ? fs.readFileSync(file, "utf8") : "";
  } catch {
    return "";
  }
};

/** Removes the lock only while it is still ours. */
function release(file: string, content: string): void {
  if (readRaw(file) === content) fs.rmSync(file, { force: true });
}
