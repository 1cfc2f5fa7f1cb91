/**
 * Strict JSON with positions: the config file's errors point at the line and
 * column where they are, not at 1:1. jsonc-parser gives the tree and offsets;
 * comments and trailing commas stay errors, as in JSON.
 */
import { type Node as JsonNode, type ParseError, findNodeAtLocation, parseTree, printParseErrorCode } from "jsonc-parser";

export type { JsonNode };

export interface JsonPosition {
  readonly line: number;
  readonly column: number;
}

export type JsonParseResult =
  | { readonly ok: true; readonly root: JsonNode; readonly positionOf: (offset: number) => JsonPosition }
  | { readonly ok: false; readonly detail: string; readonly position: JsonPosition };

const messages: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: "expected ':'",
  CommaExpected: "expected ','",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: "expected the end of the file",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "unterminated comment",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "unterminated number",
  InvalidUnicode: "invalid unicode escape",
  InvalidEscapeCharacter: "invalid escape character",
  InvalidCharacter: "invalid character in a string",
};

/** Maps offsets to 1-based line/column; columns count UTF-16 units, like TypeScript's. */
function positions(text: string): (offset: number) => JsonPosition {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };
}

/** The first error, worded for people; a comma before `}` or `]` is called a trailing comma, at the comma. */
function describe(text: string, error: ParseError): { detail: string; offset: number } {
  const code = printParseErrorCode(error.error);
  const closing = text[error.offset];
  if ((closing === "}" || closing === "]") && (code === "PropertyNameExpected" || code === "ValueExpected")) {
    const before = text.slice(0, error.offset).trimEnd();
    if (before.endsWith(",")) return { detail: "trailing comma", offset: before.length - 1 };
  }
  if (error.offset >= text.length && code === "ValueExpected")
    return { detail: text.trim() === "" ? "the file is empty" : "unexpected end of the file", offset: error.offset };
  return { detail: messages[code] ?? code, offset: error.offset };
}

/** Parses `text` (a leading UTF-8 BOM is allowed, as editors on Windows write one). */
export function parseJsonWithPositions(text: string): JsonParseResult {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const positionOf = positions(body);
  const errors: ParseError[] = [];
  const root = parseTree(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first) {
    const { detail, offset } = describe(body, first);
    return { ok: false, detail, position: positionOf(offset) };
  }
  if (!root) return { ok: false, detail: "expected a value", position: positionOf(0) };
  return { ok: true, root, positionOf };
}

/**
 * Where the value at `path` (`["plugins", 0]`), or with `key` the property name that holds it, was written in
 * a parsed document: config problems found after parsing (a missing plugin, an unknown option) point there.
 */
export function jsonPathPosition(
  parsed: Extract<JsonParseResult, { ok: true }>,
  path: readonly (string | number)[],
  key = false,
): JsonPosition | undefined {
  const node = findNodeAtLocation(parsed.root, [...path]);
  if (!node) return undefined;
  const name = node.parent?.type === "property" ? node.parent.children?.[0] : undefined;
  return parsed.positionOf((key && name ? name : node).offset);
}
