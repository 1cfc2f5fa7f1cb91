/**
 * `specloom init --template`: `minimal` is the small starter in starter.ts; `blog` and `ecommerce` are the
 * repository's example projects, shipped in the CLI package's templates/ folder (scripts/sync-templates.cjs).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { starterDocs } from "./docs";
import { STARTER_SPEC } from "./starter";

export const TEMPLATES = ["minimal", "blog", "ecommerce"] as const;
export type TemplateName = (typeof TEMPLATES)[number];

export interface TemplateFile {
  readonly path: string;
  readonly content: string;
}

/** The spec files and prerequisite documents of a template, with `/` paths relative to the project. */
export function templateFiles(template: TemplateName, projectName: string): TemplateFile[] {
  if (template === "minimal") return [{ path: "spec-src/index.ts", content: STARTER_SPEC }, ...starterDocs(projectName)];
  const root = path.join(__dirname, "..", "..", "templates", template);
  if (!fs.existsSync(root)) throw new Error(`the '${template}' template is missing from this installation (${root})`);
  return filesUnder(root).map((rel) => ({ path: rel, content: fs.readFileSync(path.join(root, rel), "utf8") }));
}

/** Every file under `dir`, sorted, so init writes and reports them in a stable order. */
function filesUnder(dir: string, prefix = ""): string[] {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? filesUnder(dir, rel) : [rel];
    });
}
