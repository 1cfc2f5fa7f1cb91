/**
 * What watch mode must watch besides the program's files: the places where a
 * relative import that does not resolve (yet) would be found, so creating or
 * restoring that file triggers a rebuild, and the prerequisite documents,
 * which the build reads although no import names them.
 */
import * as path from "node:path";
import ts from "typescript";
import { PREREQUISITES } from "./prerequisites";
import { projectSourceFiles } from "./program";
import { importGraph } from "./imports";

const EXTENSIONS = [".ts", ".tsx", ".d.ts", ".mts", ".cts"];

/** Files whose appearance could satisfy an unresolved relative import of the project. */
export function unresolvedImportCandidates(program: ts.Program, entry: string): string[] {
  // The file order walk records every relative import of the program (compileProject has done it).
  if (!importGraph(program)) projectSourceFiles(program, entry);
  const candidates: string[] = [];
  for (const [file, spec] of importGraph(program)?.unresolved ?? []) {
    const base = path.resolve(path.dirname(file), spec.replace(/\.[cm]?js$/, ""));
    candidates.push(...EXTENSIONS.map((ext) => `${base}${ext}`), ...EXTENSIONS.map((ext) => path.join(base, `index${ext}`)));
  }
  return candidates;
}

/** The prerequisite documents of a project, whether they exist or not. */
export function prerequisitePaths(projectDir: string, documentationDir: string): string[] {
  return PREREQUISITES.map((rel) => path.resolve(projectDir, documentationDir, rel));
}
