import * as path from "node:path";
import ts from "typescript";
import { authoringRelativePath } from "./authoring-package";

/**
 * A source file as the IR and diagnostics name it: relative to the project, so
 * the IR depends only on the project. The authoring package's files are named
 * by where a project normally has it, not by where this specloom is installed.
 */
export function relFile(fileName: string, projectDir: string): string {
  const authoring = authoringRelativePath(fileName);
  if (authoring !== undefined) return `node_modules/specloom/${authoring}`;
  const rel = path.relative(projectDir, fileName);
  return rel.split(path.sep).join("/");
}

/** The declaration that best represents a symbol (value declaration first). */
export function declOf(symbol: ts.Symbol | undefined): ts.Declaration | undefined {
  return symbol?.valueDeclaration ?? symbol?.declarations?.[0];
}
