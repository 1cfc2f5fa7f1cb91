/**
 * Paths inside the output folder, checked at the point of use. Manifests and
 * journals are files anyone can commit, so every name read from them (and
 * every emitted name) must be a plain relative path that stays inside the
 * folder, through real directories only, to a regular file or nothing.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";

/** Names specloom keeps for itself at the top of the output folder. */
export const RESERVED_PREFIX = ".specloom-";
export const LOCK_FILE = ".specloom.lock";

export class UnsafeOutputPath extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`'${file}' ${reason}`);
  }
}

/** A relative POSIX path without empty, `.` or `..` segments, backslashes or NUL. */
export function isPlainRelativePath(file: unknown): file is string {
  if (typeof file !== "string" || file === "" || file.includes("\\") || file.includes("\0")) return false;
  if (path.posix.isAbsolute(file) || path.win32.isAbsolute(file)) return false;
  return file.split("/").every((s) => s !== "" && s !== "." && s !== "..");
}

/** A name an output (or a manifest entry) may have: plain, and not one of specloom's own files. */
export function isOutputName(file: unknown): file is string {
  if (!isPlainRelativePath(file)) return false;
  const first = file.split("/")[0]!;
  return !first.startsWith(RESERVED_PREFIX) && first !== LOCK_FILE;
}

export const sha256 = (data: Buffer | string): string => createHash("sha256").update(data).digest("hex");

function lstatOrUndefined(p: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(p);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
}

/**
 * Whether `root/file` is absent or a regular file, without reading it. Throws UnsafeOutputPath for a symlink
 * anywhere on the way, a directory or any other non-regular file. `root` must be a real path (see realOutputDir).
 */
export function kindOf(root: string, file: string): "absent" | "file" {
  if (!isPlainRelativePath(file)) throw new UnsafeOutputPath(file, "is not a plain relative path inside the output folder");
  const segments = file.split("/");
  let current = root;
  for (const [i, segment] of segments.entries()) {
    current = path.join(current, segment);
    const stat = lstatOrUndefined(current);
    if (!stat) return "absent";
    if (stat.isSymbolicLink()) throw new UnsafeOutputPath(file, "goes through a symbolic link");
    const last = i === segments.length - 1;
    if (!last && !stat.isDirectory()) throw new UnsafeOutputPath(file, `has a parent '${segments.slice(0, i + 1).join("/")}' that is not a directory`);
    if (last && !stat.isFile()) throw new UnsafeOutputPath(file, stat.isDirectory() ? "is a directory" : "is not a regular file");
  }
  return "file";
}

/** What is at `root/file`: "absent" or a regular file with its hash (see kindOf for what it refuses). */
export function inspect(root: string, file: string): { kind: "absent" } | { kind: "file"; hash: string; size: number } {
  if (kindOf(root, file) === "absent") return { kind: "absent" };
  // O_NOFOLLOW: a symlink swapped in after the lstat is refused, not followed.
  const full = path.join(root, file);
  const fd = fs.openSync(full, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
  try {
    const stat = fs.fstatSync(fd, { bigint: true });
    const known = knownHashes.get(full);
    if (known && sameFile(known.stat, stat)) return { kind: "file", hash: known.hash, size: Number(stat.size) };
    const content = fs.readFileSync(fd);
    const hash = sha256(content);
    remember(full, stat, hash);
    return { kind: "file", hash, size: content.length };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Hashes of output files this process has read, while device, inode, size, mtime and ctime are unchanged (as
 * git's index does), so a watch cycle does not re-read and re-hash tens of megabytes of unchanged artifacts.
 * ctime cannot be set by tools (utimes moves it to now). A file changed within the clock tick of its last
 * change could keep all five ("racily clean" in git's words), so only files last changed over two seconds
 * before they were hashed are remembered.
 */
const knownHashes = new Map<string, { stat: fs.BigIntStats; hash: string }>();
const RACY_NS = 2_000_000_000n;

function sameFile(a: fs.BigIntStats, b: fs.BigIntStats): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;
}

function remember(full: string, stat: fs.BigIntStats, hash: string): void {
  const lastChange = stat.mtimeNs > stat.ctimeNs ? stat.mtimeNs : stat.ctimeNs;
  if (BigInt(Date.now()) * 1_000_000n - lastChange > RACY_NS) knownHashes.set(full, { stat, hash });
  else knownHashes.delete(full);
}

/**
 * What this process put at each path (renamed in after staging): the file's stat right after, and its hash.
 * Kept even within the two-second window, for placedHash only.
 */
const placed = new Map<string, { stat: fs.BigIntStats; hash: string }>();

/**
 * Records the hash of a file this process has just put in place. It goes through `remember`'s two-second rule
 * like a hash that was read: on a filesystem with coarse timestamps, someone else's same-size write within the
 * same tick would otherwise pass for ours, and could then be deleted.
 */
export function rememberWritten(root: string, file: string, hash: string): void {
  const full = path.join(root, file);
  try {
    const stat = fs.lstatSync(full, { bigint: true });
    remember(full, stat, hash);
    placed.set(full, { stat, hash });
  } catch {
    knownHashes.delete(full);
    placed.delete(full);
  }
}

/**
 * The hash of what this process last put at `root/file`, while the file still has the stat it had right after,
 * even within the clock tick of that write; undefined otherwise (see kindOf for what it refuses). Only for a
 * file about to be replaced anyway, as its journal `before`: if someone else's same-size write in that tick
 * makes it wrong, a crash recovery finds the file in neither state and discards the journal instead of
 * replaying it. Never a reason to keep a file as unchanged or to delete one (those go through inspect), so a
 * watch cycle that rewrites an artifact does not read back and hash the one it wrote a moment ago.
 */
export function placedHash(root: string, file: string): string | undefined {
  const full = path.join(root, file);
  const record = placed.get(full);
  if (!record || kindOf(root, file) !== "file") return undefined;
  return sameFile(record.stat, fs.lstatSync(full, { bigint: true })) ? record.hash : undefined;
}

/** Like inspect, but an unsafe path is reported as undefined (for names from files anyone can edit). */
export function hashIfSafe(root: string, file: string): string | null | undefined {
  try {
    const found = inspect(root, file);
    return found.kind === "file" ? found.hash : null;
  } catch {
    return undefined;
  }
}

/** Creates the parent directories of `root/file`, refusing symlinks; returns the ones it created (for rollback). */
export function makeParents(root: string, file: string): string[] {
  const created: string[] = [];
  const segments = file.split("/").slice(0, -1);
  let current = root;
  for (const segment of segments) {
    current = path.join(current, segment);
    const stat = lstatOrUndefined(current);
    if (!stat) {
      fs.mkdirSync(current);
      created.push(current);
    } else if (stat.isSymbolicLink() || !stat.isDirectory())
      throw new UnsafeOutputPath(file, `has a parent '${path.relative(root, current)}' that is not a real directory`);
  }
  return created;
}

/** The output folder, created if needed, as a real path; refuses a folder that is not a directory. */
export function realOutputDir(outDir: string): string {
  fs.mkdirSync(outDir, { recursive: true });
  const real = fs.realpathSync(outDir);
  if (!fs.statSync(real).isDirectory()) throw new Error("not a directory");
  fs.accessSync(real, fs.constants.W_OK);
  return real;
}
