/** expectGolden cannot pass on a golden file it wrote itself: missing fails, UPDATE_GOLDEN=1 writes. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { expectGolden } from "@specloom/test-support";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "specloom-golden-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => delete process.env.UPDATE_GOLDEN);

test("a missing golden file fails and is not written", () => {
  const file = path.join(dir, "missing.txt");
  expect(() => expectGolden(file, "text")).toThrow(/missing.*UPDATE_GOLDEN=1/);
  expect(fs.existsSync(file)).toBe(false);
});

test("UPDATE_GOLDEN=1 writes it; then it compares", () => {
  const file = path.join(dir, "nested", "written.txt");
  process.env.UPDATE_GOLDEN = "1";
  expectGolden(file, "v1");
  delete process.env.UPDATE_GOLDEN;
  expect(fs.readFileSync(file, "utf8")).toBe("v1");
  expectGolden(file, "v1");
  expect(() => expectGolden(file, "v2")).toThrow();
});
