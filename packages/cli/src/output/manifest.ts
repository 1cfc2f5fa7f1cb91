/**
 * The manifest: what the last build wrote, with each file's content hash.
 * It is a file anyone can edit or commit, so entries are only hints: an entry
 * counts only when its name is a plain output name and its hash is well formed,
 * and the caller deletes a file only while its content still has that hash.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { MANIFEST } from "./journal";
import { inspect, isOutputName } from "./safe-path";

const FORMAT = "specloom-manifest/2";
const HASH = /^[0-9a-f]{64}$/;

export function renderManifest(hashes: ReadonlyMap<string, string>): string {
  const files = Object.fromEntries([...hashes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ format: FORMAT, files }, null, 2)}\n`;
}

/** Recorded outputs and their hashes. A manifest of the older format (names only) proves nothing: empty. */
export function readManifest(root: string): Map<string, string> {
  const recorded = new Map<string, string>();
  try {
    if (inspect(root, MANIFEST).kind !== "file") return recorded;
    const parsed = JSON.parse(fs.readFileSync(path.join(root, MANIFEST), "utf8")) as { format?: unknown; files?: unknown };
    if (parsed?.format !== FORMAT || typeof parsed.files !== "object" || parsed.files === null) return recorded;
    for (const [file, hash] of Object.entries(parsed.files))
      if (isOutputName(file) && typeof hash === "string" && HASH.test(hash)) recorded.set(file, hash);
  } catch {
    // Unreadable or not JSON: nothing is known to be ours.
  }
  return recorded;
}
