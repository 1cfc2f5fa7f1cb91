/**
 * Positions of values in a JSON text, by path (`["plugins", "0"]`), so config
 * problems found after parsing (a missing plugin, an unknown option) point at
 * the line that wrote them. Returns nothing for text that is not valid JSON.
 */
import type { SourceLocation } from "@specloom/core";

export type JsonPositions = ReadonlyMap<string, { readonly line: number; readonly column: number }>;

const pathKey = (path: readonly (string | number)[]) => JSON.stringify(path.map(String));

export function jsonPositions(text: string): JsonPositions {
  const out = new Map<string, { line: number; column: number }>();
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const position = (at: number) => {
    const before = text.slice(0, at);
    const line = before.split("\n").length;
    return { line, column: at - before.lastIndexOf("\n") };
  };
  const skip = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const string = (): string => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: (string | number)[]): void => {
    skip();
    out.set(pathKey(path), position(i));
    const c = text[i];
    if (c === "{") {
      i++;
      for (skip(); i < text.length && text[i] !== "}"; skip()) {
        if (text[i] === ",") {
          i++;
          continue;
        }
        const keyAt = i;
        const key = string();
        skip();
        i++; // ':'
        value([...path, key]);
        // A key's own position is more useful than its value's for "unknown key" problems.
        out.set(pathKey([...path, key, "$key"]), position(keyAt));
      }
      i++;
    } else if (c === "[") {
      i++;
      let index = 0;
      for (skip(); i < text.length && text[i] !== "]"; skip()) {
        if (text[i] === ",") {
          i++;
          continue;
        }
        value([...path, index++]);
      }
      i++;
    } else if (c === '"') string();
    else while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  };
  try {
    JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    value([]);
  } catch {
    return new Map();
  }
  return out;
}

/** The location of a value (or, with `key: true`, of its key) in `file`. */
export function locateIn(file: string, positions: JsonPositions, path: readonly (string | number)[], key = false): SourceLocation | undefined {
  const at = positions.get(pathKey(key ? [...path, "$key"] : path));
  return at ? { file, ...at } : undefined;
}
