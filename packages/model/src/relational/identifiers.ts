/** Identifier helpers shared by every dialect: deterministic shortening. */

/** FNV-1a, 32 bit: tiny, dependency-free and stable across runs and platforms. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, "utf8")) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** Longest prefix of `text` that fits `maxBytes` in UTF-8 without splitting a character. */
function utf8Prefix(text: string, maxBytes: number): string {
  let out = "";
  let bytes = 0;
  for (const ch of text) {
    const size = Buffer.byteLength(ch, "utf8");
    if (bytes + size > maxBytes) break;
    out += ch;
    bytes += size;
  }
  return out;
}

/**
 * Names longer than the database keeps are cut and given a hash of the full
 * name, so two long names sharing a prefix stay distinct and reruns agree.
 */
export function shortenIdentifier(name: string, maxBytes: number): string {
  if (Buffer.byteLength(name, "utf8") <= maxBytes) return name;
  const suffix = `_${fnv1a(name)}`;
  return utf8Prefix(name, maxBytes - suffix.length).replace(/_+$/, "") + suffix;
}

/** `a, b` with each part passed through `quote`. */
export function columnList(columns: readonly string[], quote: (name: string) => string): string {
  return columns.map(quote).join(", ");
}
