/**
 * The CLI's "no stack trace" promise beyond bad spec input: a reader that
 * closes the pipe early (`specloom check | head -1`) must not turn into a
 * Node stack trace.
 */
import { spawn } from "node:child_process";
import * as path from "node:path";
import { BIN, REPO, assertCliBuilt, hasStackTrace } from "./support/cli";

// Found by this test (cli-epipe): when stdout is closed before the report is written,
// bin.js dies with "Error: write EPIPE" and a full stack trace from an unhandled 'error' event on
// process.stdout; bin.ts now exits quietly with the run's code, as tsc does.
test("a reader that closes stdout early gets no stack trace", async () => {
  assertCliBuilt();
  const project = path.join(REPO, "tests", "bad-inputs", "type-recursive-generic");
  const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, "check", project], { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("close", (code) => resolve({ code, stderr }));
  });
  expect(hasStackTrace(result.stderr)).toBe(false);
  expect([0, 1, 2]).toContain(result.code);
});
