/**
 * UTF-8 bytes of an artifact in one buffer reused from call to call: a fresh buffer the size of the artifact
 * (35 MB for specloom.ir.json at 1,000 entities) costs more in page faults than the encoding itself, and
 * hashing and writing the same bytes encodes once instead of twice.
 */
let scratch = Buffer.alloc(0);

/** The most bytes one character takes in UTF-8. */
const MAX_CHAR_BYTES = 4;

/** `Buffer.from(text)`, as a view valid until the next call. */
export function utf8View(text: string): Buffer {
  // Most artifacts are ASCII (one byte per character): try that size first, grow to the exact size when it does not fit.
  if (scratch.length < text.length + MAX_CHAR_BYTES) scratch = Buffer.allocUnsafe(text.length + MAX_CHAR_BYTES);
  let written = scratch.write(text);
  // write() stops before a character that does not fit, so a string that did not fit leaves less room than one character.
  if (written > scratch.length - MAX_CHAR_BYTES) {
    scratch = Buffer.allocUnsafe(Buffer.byteLength(text) + MAX_CHAR_BYTES);
    written = scratch.write(text);
  }
  return scratch.subarray(0, written);
}
