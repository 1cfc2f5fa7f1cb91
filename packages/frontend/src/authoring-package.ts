/**
 * Where the authoring package (`specloom`) really is, found the way Node finds
 * it, so "is this declaration specloom's?" never depends on the names of the
 * folders a project or specloom happen to sit in (a project under
 * `…/packages/specloom/…` is still the user's).
 */
import * as fs from "node:fs";
import * as path from "node:path";

let root: string | undefined;

/** The real directory of the authoring package (the one holding its package.json). */
export function authoringPackageDir(): string {
  root ??= fs.realpathSync(path.dirname(require.resolve("specloom/package.json")));
  return root;
}

const realPaths = new Map<string, string>();
function real(fileName: string): string {
  let found = realPaths.get(fileName);
  if (found === undefined) {
    try {
      found = fs.realpathSync(fileName);
    } catch {
      found = path.resolve(fileName);
    }
    realPaths.set(fileName, found);
  }
  return found;
}

/** Answers by file name: asked for every field's declaration, and path.relative is costly. */
const relativePaths = new Map<string, string | undefined>();

/** The file's path inside the authoring package ("dist/api.d.ts"), or undefined when it is not one of its files. */
export function authoringRelativePath(fileName: string): string | undefined {
  if (relativePaths.has(fileName)) return relativePaths.get(fileName);
  const found = findRelativePath(fileName);
  relativePaths.set(fileName, found);
  return found;
}

function findRelativePath(fileName: string): string | undefined {
  const dir = authoringPackageDir();
  for (const candidate of [path.resolve(fileName), real(fileName)]) {
    const rel = path.relative(dir, candidate);
    if (rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel)) return rel.split(path.sep).join("/");
  }
  return undefined;
}

export const isAuthoringFile = (fileName: string): boolean => authoringRelativePath(fileName) !== undefined;
