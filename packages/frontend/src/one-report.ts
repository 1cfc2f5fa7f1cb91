/**
 * One report per mistake. When TypeScript reports an error inside the declaration a
 * specloom diagnostic points at (`author_id: BelongsTo<Usr>`, `method: "GT"`), specloom's
 * diagnostic is a consequence of it: the declaration could not be read. TypeScript's
 * message names the root cause, more precisely (often with its own did-you-mean), and
 * editors show it anyway, so specloom's is dropped. A specloom diagnostic on a part of
 * a larger TypeScript error (one option of a bad options object) is a mistake of its own and stays.
 * Where specloom says the same more helpfully (an unknown option key, a method with its did-you-mean),
 * TypeScript's error is the one dropped.
 */
import ts from "typescript";
import type { Diagnostic, SourcePosition } from "@specloom/core";

const offsetIn = (sf: ts.SourceFile, at: SourcePosition): number => {
  const starts = sf.getLineStarts();
  return (starts[Math.min(at.line - 1, starts.length - 1)] ?? 0) + at.column - 1;
};

/** The widest node that starts where the diagnostic does: the declaration it is about. */
function declarationRange(sf: ts.SourceFile, start: number): { start: number; end: number } {
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (node.getStart(sf) === start) found = node;
    else if (node.getStart(sf) < start && start < node.getEnd()) ts.forEachChild(node, visit);
  };
  ts.forEachChild(sf, visit);
  return found ? { start, end: found.getEnd() } : { start, end: start + 1 };
}

/**
 * Drops specloom's diagnostics whose declaration holds a TypeScript error (`id: "ts-error"`).
 * `sourceFile` finds a diagnostic's file by the name its location uses.
 */
export function oneReportPerMistake<D extends Diagnostic>(diagnostics: readonly D[], sourceFile: (file: string) => ts.SourceFile | undefined): D[] {
  const tsErrors = diagnostics.filter((d) => d.id === "ts-error" && d.severity === "error" && d.loc);
  if (tsErrors.length === 0) return [...diagnostics];
  const explained = (d: D): boolean => {
    const sf = d.loc && sourceFile(d.loc.file);
    if (!sf || !d.loc) return false;
    const range = declarationRange(sf, offsetIn(sf, d.loc));
    return tsErrors.some((t) => t.loc!.file === d.loc!.file && range.start <= offsetIn(sf, t.loc!) && offsetIn(sf, t.loc!) < range.end);
  };
  const unknownKeys = diagnostics.filter((d) => d.id === "unknown-option-key" && d.loc);
  const badMethods = diagnostics.filter((d) => d.id === "invalid-method" && d.loc);
  const inside = (list: readonly D[], t: D) => list.some((k) => k.loc!.file === t.loc!.file && within(k.loc!, t.loc!, t.end ?? t.loc!));
  const explainedBySpecloom = (t: D): boolean =>
    (/^TS2559:/.test(t.message) && inside(unknownKeys, t)) ||
    (/^TS2344:[^\n]*\n\s*Types of property 'method' are incompatible/.test(t.message) && inside(badMethods, t));
  return diagnostics.filter((d) => (d.id === "ts-error" ? !(d.loc && explainedBySpecloom(d)) : !explained(d)));
}

const within = (at: SourcePosition, start: SourcePosition, end: SourcePosition) =>
  (at.line > start.line || (at.line === start.line && at.column >= start.column)) &&
  (at.line < end.line || (at.line === end.line && at.column < end.column));
