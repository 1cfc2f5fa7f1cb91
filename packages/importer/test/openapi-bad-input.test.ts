/**
 * `specloom import openapi` on malformed sources, through the CLI: a clear diagnostic, exit 1 or 2, no stack trace,
 * nothing written. (A `$ref` to nowhere: tests/import-openapi/import-openapi.test.ts.)
 */
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";

const root = path.resolve(__dirname, "../../..");
const bin = path.join(root, "packages/cli/dist/bin.js");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "specloom-import-oa-bad-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Runs the CLI asynchronously, so that the cases (each mostly the CLI's start-up) run side by side. */
function importOpenApi(source: string, name: string): Promise<{ status: number; output: string; out: string }> {
  const out = path.join(tmp, `out-${name}`);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, "import", "openapi", source, "--out", out],
      { cwd: tmp, env: { ...process.env, NO_COLOR: "1" } },
      (error, stdout, stderr) => {
        resolve({ status: error ? (typeof error.code === "number" ? error.code : -1) : 0, output: `${stdout}${stderr}`, out });
      },
    );
  });
}

function expectRefused(r: { status: number; output: string; out: string }, status: number, message: RegExp): void {
  expect(r.output).toMatch(message);
  expect(r.status).toBe(status);
  expect(r.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?/); // no stack trace
  expect(fs.existsSync(r.out)).toBe(false);
}

function write(name: string, text: string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  return file;
}

test.concurrent("invalid YAML: exit 1, positioned", async () => {
  const file = write("bad.yaml", "openapi: 3.1.0\ninfo:\n  title: x\n   version: 1\n");
  expectRefused(await importOpenApi(file, "yaml"), 1, /bad\.yaml:3:10 - error SL7002: Import source is invalid: not valid YAML or JSON: /);
});

test.concurrent("a circular alias: exit 1, positioned at the $ref, with the cycle", async () => {
  const file = write(
    "loop.yaml",
    "openapi: 3.0.3\ninfo: { title: a, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    A: { $ref: '#/components/schemas/B' }\n    B: { $ref: '#/components/schemas/A' }\n",
  );
  expectRefused(
    await importOpenApi(file, "loop"),
    1,
    /loop\.yaml:\d+:\d+ - error SL7002: .*is a circular alias \(#\/components\/schemas\/\w → .* → #\/components\/schemas\/\w\)/,
  );
});

test.concurrent("an unreachable server URL: exit 2", async () => {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  expectRefused(
    await importOpenApi(`http://127.0.0.1:${port}/openapi.yaml`, "unreachable"),
    2,
    /error SL7003: Cannot connect to 'http:\/\/127\.0\.0\.1:\d+\/openapi\.yaml': ECONNREFUSED/,
  );
});
