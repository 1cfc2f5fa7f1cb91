import * as fs from "node:fs";

export default function globalTeardown(): void {
  const dir = process.env.SPECLOOM_TEST_COMPILED_DIR; // set by jest.global-setup.ts
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
