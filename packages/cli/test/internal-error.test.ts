/** An unexpected exception is an 'internal-error' diagnostic: exit 1, no stack unless SPECLOOM_DEBUG=1. */
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../src/main";
import { STACK_FRAME, tempDir } from "./helpers";

jest.mock("@specloom/frontend", () => ({
  compileProject: () => {
    throw new Error("boom");
  },
}));

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const stdout = jest.spyOn(process.stdout, "write").mockImplementation((chunk) => ((out += String(chunk)), true));
  const stderr = jest.spyOn(process.stderr, "write").mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    return { code: await main(argv), out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

function project(): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, "specloom.config.json"), "{}\n");
  return dir;
}

afterEach(() => {
  delete process.env.SPECLOOM_DEBUG;
});

test("internal error: message, report link, exit 1, no stack", async () => {
  const r = await run(["build", project()]);
  expect(r.code).toBe(1);
  expect(r.out).toMatch(/^error SL9001: Internal compiler error: boom\. This is a specloom bug/m);
  expect(r.out).toMatch(/https:\/\/github\.com\/specloom\/specloom\/issues/);
  expect(r.out + r.err).not.toMatch(STACK_FRAME);
});

test("internal error in JSON", async () => {
  const r = await run(["check", project(), "--format", "json"]);
  expect(r.code).toBe(1);
  expect(JSON.parse(r.out).diagnostics).toEqual([expect.objectContaining({ code: "SL9001", severity: "error" })]);
});

test("SPECLOOM_DEBUG=1 shows the stack", async () => {
  process.env.SPECLOOM_DEBUG = "1";
  const r = await run(["check", project()]);
  expect(r.code).toBe(1);
  expect(r.err).toMatch(STACK_FRAME);
});
