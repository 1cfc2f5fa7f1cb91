/** `specloom init [dir]`: a starter project that builds as is. Never overwrites anything. */
import * as fs from "node:fs";
import * as path from "node:path";
import { CONFIG_FILE, createDiagnostic } from "@specloom/core";
import type { CliOptions } from "../args";
import type { Reporter } from "../report";
import { starterDocs } from "../templates/docs";
import { STARTER_SPEC, starterConfig } from "../templates/starter";

const SPEC_FILE = "spec-src/index.ts";

export function initCommand(options: CliOptions, reporter: Reporter): number {
  const dir = path.resolve(options.dir);
  const name = projectNameFor(dir);
  const files = [{ path: CONFIG_FILE, content: starterConfig(name) }, { path: SPEC_FILE, content: STARTER_SPEC }, ...starterDocs(name)];
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
  reporter.info(`Created ${files.map((f) => f.path).join(", ")} in ${shown}.`);
  reporter.info(`Next: specloom build${shown === "." ? "" : ` ${shown}`}`);
  if (reporter.json) reporter.diagnostics([], dir);
  return 0;
}

/** The directory's name; "my-api" at a file-system root. */
function projectNameFor(dir: string): string {
  return path.basename(dir) || "my-api";
}
