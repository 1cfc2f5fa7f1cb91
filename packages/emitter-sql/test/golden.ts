/** Golden files: compare, or rewrite with UPDATE_GOLDEN=1 (then review the diff). */
import * as fs from "node:fs";
import * as path from "node:path";

/** `dir`: the calling package's test folder (defaults to emitter-sql's). */
export function expectGolden(file: string, actual: string, dir = __dirname): void {
  const full = path.join(dir, "golden", file);
  if (process.env.UPDATE_GOLDEN === "1" || !fs.existsSync(full)) {
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, actual);
    if (process.env.UPDATE_GOLDEN !== "1") console.log(`golden file ${file} was missing and has been written`);
    return;
  }
  expect(actual).toBe(fs.readFileSync(full, "utf8"));
}
