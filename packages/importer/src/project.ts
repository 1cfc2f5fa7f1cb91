/**
 * An imported spec as the files of a new specloom project: the config, one
 * spec file per module, and an entry that re-exports them. The CLI adds the
 * prerequisite-document stubs and writes everything without overwriting.
 */
import { tsLineCommentText } from "@specloom/core";
import { formatTypeScript, printModule } from "./print";
import type { ImportedSpec } from "./spec-model";

export interface ProjectFile {
  /** Relative to the project root, with `/`. */
  readonly path: string;
  readonly content: string;
}

export const ENTRY = "spec/index.ts";

export async function projectFiles(spec: ImportedSpec, origin: string): Promise<ProjectFile[]> {
  const header = tsLineCommentText(`Imported by specloom from ${origin}. Edit freely: this file is yours now.`);
  const files: ProjectFile[] = [];
  for (const m of spec.modules) files.push({ path: m.path, content: await formatTypeScript(printModule(m, header)) });
  const reexports = spec.modules.map((m) => `export * from "./${m.path.replace(/^spec\//, "").replace(/\.ts$/, "")}";\n`).join("");
  files.push({ path: ENTRY, content: `// ${header}\n${reexports}` });
  const sql = spec.sql && Object.keys(spec.sql).length > 0 ? { sql: spec.sql } : {};
  const config = { projectName: spec.projectName, entry: ENTRY, documentationDir: "docs", documentationLanguage: "en", ...sql };
  files.push({ path: "specloom.config.json", content: `${JSON.stringify(config, null, 2)}\n` });
  return files.sort((a, b) => a.path.localeCompare(b.path));
}
