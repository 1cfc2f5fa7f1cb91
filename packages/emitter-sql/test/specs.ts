/** The real specs (the repo's own spec-src and examples/*) compiled by the front end, for end-to-end tests. */
import * as fs from "node:fs";
import * as path from "node:path";
import { hasErrors, loadConfig, type SpecIR, type SpecloomConfig } from "@specloom/core";
import { compileProject } from "@specloom/frontend";

export const REPO_ROOT = path.resolve(__dirname, "../../..");

export interface CompiledSpec {
  readonly name: string;
  readonly dir: string;
  readonly ir?: SpecIR;
  readonly config: SpecloomConfig;
  /** Why there is no IR, when there is none. */
  readonly problem?: string;
}

export function specDirs(): { name: string; dir: string }[] {
  const examples = path.join(REPO_ROOT, "examples");
  const found = fs.existsSync(examples)
    ? fs.readdirSync(examples).filter((d) => fs.existsSync(path.join(examples, d, "specloom.config.json"))).sort()
    : [];
  return [{ name: "spec-src", dir: REPO_ROOT }, ...found.map((d) => ({ name: `examples/${d}`, dir: path.join(examples, d) }))];
}

export function compileSpec(name: string, dir: string): CompiledSpec {
  const { config, diagnostics } = loadConfig(dir);
  if (hasErrors(diagnostics)) return { name, dir, config, problem: diagnostics.map((d) => d.message).join("; ") };
  try {
    const result = compileProject({ projectDir: dir, config });
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    if (!result.ir || errors.length > 0) return { name, dir, config, problem: errors.map((d) => d.message).join("; ") || "no IR" };
    return { name, dir, config, ir: result.ir };
  } catch (e) {
    return { name, dir, config, problem: (e as Error).message };
  }
}
