/**
 * V8 keeps a string in two bytes per character once any piece it was built from was two-byte, even when every
 * character is ASCII: a source file with one "—" makes every name and description read from it two-byte, and
 * through them the artifacts (specloom.ir.json was 70 MB in memory for a 35 MB file). A one-shot build holds every
 * artifact until the write, so it copies the large ASCII ones into one-byte strings as they are emitted.
 */
import type { EmittedFile } from "@specloom/core";

/** Below this, copying costs more than it saves. */
const NARROW_FROM = 64 * 1024;

/** The same text, one byte per character when it is ASCII (the latin1 round trip is exact for ASCII). */
export function narrowString(text: string): string {
  if (text.length < NARROW_FROM || Buffer.byteLength(text, "utf8") !== text.length) return text;
  return Buffer.from(text, "latin1").toString("latin1");
}

export function narrowFiles(files: readonly EmittedFile[]): EmittedFile[] {
  return files.map((f) => (typeof f.content === "string" && f.content.length >= NARROW_FROM ? { ...f, content: narrowString(f.content) } : f));
}
