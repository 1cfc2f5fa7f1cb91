/**
 * `specloom init [dir]`: an npm project with a starter spec that installs, type-checks and builds as is.
 * Never overwrites anything.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CONFIG_FILE, createDiagnostic, didYouMean } from "@specloom/core";
import { availableLanguages } from "@specloom/emitter-markdown";
import type { CliOptions } from "../args";
import { version } from "../version";
import type { Reporter } from "../report";
import { templateFiles, type TemplateFile } from "../templates/examples";
import { CI_WORKFLOW, CI_WORKFLOW_PATH, GITIGNORE, packageJson, tsconfigJson } from "../templates/project";
import { starterConfig } from "../templates/starter";

export function initCommand(options: CliOptions, reporter: Reporter): number {
  const dir = path.resolve(options.dir);
  const language = options.lang ?? "en";
  const languages = availableLanguages();
  if (!languages.includes(language)) {
    reporter.diagnostics(
      [createDiagnostic("unknown-language", { lang: language, available: languages.join(", "), hint: didYouMean(language, languages, 1) })],
      dir,
    );
    return 2;
  }
  const name = projectNameFor(dir);
  const files: TemplateFile[] = [
    { path: "package.json", content: packageJson(name, { specloom: version(), typescript: typescriptVersion() }) },
    { path: "tsconfig.json", content: tsconfigJson() },
    { path: CONFIG_FILE, content: starterConfig(name, language) },
    { path: ".gitignore", content: GITIGNORE },
    { path: CI_WORKFLOW_PATH, content: CI_WORKFLOW },
    ...templateFiles(options.template, name),
  ];
  const existing = files.filter((f) => fs.existsSync(path.join(dir, f.path)));
  if (existing.length > 0) {
    const detail = `'${existing.map((f) => f.path).join("', '")}' already exist${existing.length === 1 ? "s" : ""} in '${options.dir}'; init never overwrites files.`;
    reporter.diagnostics([createDiagnostic("cli-usage", { detail })], dir);
    return 2;
  }
  try {
    for (const file of files) {
      const target = path.join(dir, file.path);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, file.content, { flag: "wx" });
    }
  } catch (e) {
    reporter.diagnostics([createDiagnostic("output-not-writable", { dir: options.dir, detail: (e as Error).message })], dir);
    return 2;
  }
  const shown = path.relative(process.cwd(), dir) || ".";
  reporter.info(`Created a specloom project from the ${options.template} template (${files.length} files) in ${shown}.`);
  reporter.info(`Next: ${shown === "." ? "" : `cd ${shown} && `}npm install && npm run build:spec`);
  if (reporter.json) reporter.diagnostics([], dir);
  return 0;
}

/** The directory's name; "my-api" at a file-system root. */
function projectNameFor(dir: string): string {
  return path.basename(dir) || "my-api";
}

/** The TypeScript specloom itself compiles with. */
function typescriptVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require("typescript/package.json") as { version: string }).version;
}
