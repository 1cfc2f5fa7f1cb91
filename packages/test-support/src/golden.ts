/**
 * The one golden-file check. A missing golden file fails the test (a test that
 * writes its own expectation cannot fail); UPDATE_GOLDEN=1 writes or rewrites
 * it instead, for review in the diff.
 */
import * as fs from "node:fs";
import * as path from "node:path";

export const updatingGolden = (): boolean => process.env.UPDATE_GOLDEN === "1";

/** `file`: an absolute path (tests pass `path.join(__dirname, "golden", name)`). */
export function expectGolden(file: string, actual: string): void {
  if (updatingGolden()) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  if (!fs.existsSync(file)) {
    throw new Error(`golden file ${file} is missing; run the test with UPDATE_GOLDEN=1 to write it, then review it`);
  }
  expect(actual).toBe(fs.readFileSync(file, "utf8"));
}
