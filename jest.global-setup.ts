/**
 * Runs once per jest run, before any test file. Builds every package (tsc -b, incremental: a no-op when
 * nothing changed), since CLI tests spawn packages/cli/dist/bin.js and the fuzzer loads the built packages;
 * then, for a full run, compiles the real projects once for every test file that reads them
 * (@specloom/test-support's compileSpec). A run limited to some files compiles only what those files read.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { GlobalConfig } from "jest";

export default function globalSetup(globalConfig: GlobalConfig): void {
  const tsc = path.join(__dirname, "node_modules", "typescript", "bin", "tsc");
  const r = spawnSync(process.execPath, [tsc, "-b"], { cwd: __dirname, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`tsc -b failed:\n${r.stdout}${r.stderr}`);
  // The rest of `npm run build`: `specloom init --template` reads the copied example projects.
  const sync = spawnSync(process.execPath, [path.join(__dirname, "scripts", "sync-templates.cjs")], { encoding: "utf8" });
  if (sync.status !== 0) throw new Error(`scripts/sync-templates.cjs failed:\n${sync.stderr}`);
  if (globalConfig.testPathPatterns.isSet()) return;
  // The built module, loaded after the build: jest's module mapping to src does not apply here.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { fillCompiledCache } = require("./packages/test-support/dist/projects.js") as { fillCompiledCache: (dir: string) => void };
  fillCompiledCache(fs.mkdtempSync(path.join(os.tmpdir(), "specloom-jest-compiled-")));
}
