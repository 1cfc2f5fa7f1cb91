import * as fs from "node:fs";
import * as path from "node:path";

/** This CLI's version: every specloom package shares it (changesets' fixed group). */
export function version(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "package.json"), "utf8")) as { version: string };
  return pkg.version;
}
