/** Between specloom's 1-based line/column locations and TypeScript's offsets. */
import type ts from "typescript";
import { tokenLength, type Diagnostic, type SourcePosition } from "@specloom/core";

/** The offset of a 1-based position, clamped into the file (a stale position never throws). */
export function offsetOf(sf: ts.SourceFile, at: SourcePosition): number {
  const starts = sf.getLineStarts();
  const lineStart = starts[Math.min(Math.max(at.line - 1, 0), starts.length - 1)] ?? 0;
  return Math.min(lineStart + Math.max(at.column - 1, 0), sf.text.length);
}

/** The text span a diagnostic underlines: its own end, or the token at its start. */
export function spanOf(sf: ts.SourceFile, d: Diagnostic): { start: number; length: number } {
  const start = d.loc ? offsetOf(sf, d.loc) : 0;
  const end = d.end ? offsetOf(sf, d.end) : start + tokenLength(sf.text, start);
  return { start, length: Math.max(end - start, 0) };
}

/** `SL4011` → 4011: tsserver carries numeric codes; `source: "specloom"` tells them apart from TypeScript's. */
export function numericCode(code: string): number {
  const n = Number(code.replace(/^\D+/, ""));
  return Number.isSafeInteger(n) ? n : 0;
}

/** The deepest node whose own text starts at `offset` (a declaration's name, a property, a type). */
export function nodeStartingAt(tsModule: typeof ts, sf: ts.SourceFile, offset: number): ts.Node | undefined {
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (node.getStart(sf) === offset) found = node;
    if (node.getStart(sf) <= offset && offset < node.getEnd()) tsModule.forEachChild(node, visit);
  };
  tsModule.forEachChild(sf, visit);
  return found;
}

/** The nearest ancestor (or the node itself) that satisfies `test`. */
export function ancestor<T extends ts.Node>(node: ts.Node | undefined, test: (n: ts.Node) => n is T): T | undefined {
  for (let n = node; n; n = n.parent) if (test(n)) return n;
  return undefined;
}
