/** Which specloom project a file belongs to, and its config, re-read only when the file changes. */
import * as fs from "node:fs";
import * as path from "node:path";
import { CONFIG_FILE, loadConfig, type SpecloomConfig } from "@specloom/core";
import { prerequisitePaths } from "@specloom/frontend";

export interface SpecProject {
  /** Absolute project root (where specloom.config.json lives). */
  readonly dir: string;
  readonly config: SpecloomConfig;
  /** Changes whenever the config or a prerequisite document (read by the front end) changes. */
  readonly stamp: string;
}

function statStamp(file: string): string {
  try {
    const s = fs.statSync(file);
    return `${s.mtimeMs}:${s.size}`;
  } catch {
    return "-";
  }
}

/** The nearest folder at or above the file's folder that holds specloom.config.json. */
export function findProjectDir(fileName: string): string | undefined {
  let dir = path.dirname(path.resolve(fileName));
  for (;;) {
    if (fs.existsSync(path.join(dir, CONFIG_FILE))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export class ProjectConfigs {
  private readonly loaded = new Map<string, { readonly configStamp: string; readonly config: SpecloomConfig | undefined }>();

  /** The project of a file; undefined outside a project or while its config has errors (the CLI reports those). */
  projectOf(fileName: string): SpecProject | undefined {
    const dir = findProjectDir(fileName);
    if (!dir) return undefined;
    const configStamp = statStamp(path.join(dir, CONFIG_FILE));
    let entry = this.loaded.get(dir);
    if (entry?.configStamp !== configStamp) {
      const result = loadConfig(dir);
      entry = { configStamp, config: result.diagnostics.some((d) => d.severity === "error") ? undefined : result.config };
      this.loaded.set(dir, entry);
    }
    const { config } = entry;
    if (!config) return undefined;
    const documents = prerequisitePaths(dir, config.documentationDir).map(statStamp);
    return { dir, config, stamp: [dir, configStamp, ...documents].join("|") };
  }
}
