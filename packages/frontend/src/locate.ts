import * as path from "node:path";
import ts from "typescript";
import type { SourceLocation } from "@specloom/core";

/** 1-based location of a node's first token, relative to the project root. */
export function locOf(node: ts.Node, projectDir: string): SourceLocation {
  const sf = node.getSourceFile();
  const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  return { file: relFile(sf.fileName, projectDir), line: line + 1, column: character + 1 };
}

export function relFile(fileName: string, projectDir: string): string {
  const rel = path.relative(projectDir, fileName);
  return rel.split(path.sep).join("/");
}

/** The declaration that best represents a symbol (value declaration first). */
export function declOf(symbol: ts.Symbol | undefined): ts.Declaration | undefined {
  return symbol?.valueDeclaration ?? symbol?.declarations?.[0];
}
