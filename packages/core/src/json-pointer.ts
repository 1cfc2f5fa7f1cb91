/** JSON pointer segments (RFC 6901): one spelling for every package that writes or reads `#/a~1b/c`. */

/** `a/b~c` → `a~1b~0c`. */
export const escapePointerSegment = (s: string): string => s.replace(/~/g, "~0").replace(/\//g, "~1");

/** `a~1b~0c` → `a/b~c` (`~1` first, so `~01` stays `~1`). */
export const unescapePointerSegment = (s: string): string => s.replace(/~1/g, "/").replace(/~0/g, "~");

/** `pointerJoin("#/paths", "/pets", "get")` → `#/paths/~1pets/get`. */
export const pointerJoin = (base: string, ...segments: (string | number)[]): string =>
  segments.reduce<string>((p, s) => `${p}/${escapePointerSegment(String(s))}`, base);
