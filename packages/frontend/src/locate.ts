import * as path from "node:path";
import ts from "typescript";

export function relFile(fileName: string, projectDir: string): string {
  const rel = path.relative(projectDir, fileName);
  return rel.split(path.sep).join("/");
}

/** The declaration that best represents a symbol (value declaration first). */
export function declOf(symbol: ts.Symbol | undefined): ts.Declaration | undefined {
  return symbol?.valueDeclaration ?? symbol?.declarations?.[0];
}
