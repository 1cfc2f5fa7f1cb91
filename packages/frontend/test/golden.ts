/** Golden-file helper shared by fixture tests: UPDATE_GOLDEN=1 rewrites instead of comparing. */
import * as fs from "node:fs";
import * as path from "node:path";

export const updating = process.env.UPDATE_GOLDEN === "1";

export function expectGolden(file: string, actual: string): void {
  if (updating || !fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual);
    if (!updating) throw new Error(`golden file ${file} was missing and has been written; review it and re-run`);
    return;
  }
  expect(actual).toBe(fs.readFileSync(file, "utf8"));
}
